"""Detection quality with the real engine: structured-type recall on the labeled sets (EN, ZH),
false redactions on hand-checked PII-free Alpaca records, mixed lines, the Presidio front door for
Chinese, and the pattern-only fallback when no NER model is installed."""
import json
from pathlib import Path

import pytest

from bench.pii_eval import STRUCTURED, load_labeled, score
from curate.pii import detect, select
from curate.pii.config import load_policy
from curate.pii.engine import Engine, get_engine
from curate.pii.redact import Redactor

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def redactor():
    return Redactor(load_policy("dataset"))


@pytest.fixture(scope="module")
def log_redactor():
    # the hand-made sets are mostly log lines with documentation-range IPs planted
    return Redactor(load_policy("logs"))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_structured_recall_and_precision(log_redactor, lang):
    data = load_labeled(DATA / f"pii_{lang}.jsonl")
    sc = score([g for _, g in data], log_redactor.find([t for t, _ in data], "input"))
    present = [t for t in STRUCTURED if t in sc]
    assert len(present) >= (4 if lang == "en" else 5)  # the EN set has no Chinese ID numbers
    for t in present:
        assert sc[t]["recall"] >= 0.95, (t, sc[t])
        assert sc[t]["precision"] >= 0.9, (t, sc[t])
    # names: honest floor for what context rules and small-model NER give on these sets
    assert sc["PERSON"]["recall"] >= 0.8 and sc["PERSON"]["precision"] >= 0.9, sc["PERSON"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_structured_recall_on_holdout(log_redactor, lang):
    """Sets written after the rules were frozen: the structured-type target holds there too."""
    data = load_labeled(DATA / f"pii_{lang}_holdout.jsonl")
    sc = score([g for _, g in data], log_redactor.find([t for t, _ in data], "input"))
    present = [t for t in STRUCTURED if t in sc]
    assert len(present) >= 4
    for t in present:
        assert sc[t]["recall"] >= 0.95 and sc[t]["precision"] >= 0.9, (t, sc[t])


def test_pii_free_alpaca_is_left_alone(redactor, alpaca_en):
    """≤1% of hand-checked PII-free instruction records altered (Presidio with every entity type
    altered about half of them)."""
    spec = json.loads((DATA / "alpaca_pii_free_en.json").read_text())
    data = json.loads(alpaca_en.read_text())
    recs = [data[i] for i in spec["indices"]]
    assert len(recs) >= 300
    altered = set()
    for f in ("instruction", "input", "output"):
        for i, spans in enumerate(redactor.find([r[f] or "" for r in recs], f)):
            if spans:
                altered.add(i)
    assert len(altered) / len(recs) <= 0.01, sorted(spec["indices"][i] for i in altered)


def test_mixed_english_chinese_line():
    line = "Dear Maria Gonzalez, 您的快递已到，联系人：王芳 13912345678，email maria@brightline.io"
    got = [(line[s.start:s.end], s.entity_type) for s in detect(line, mode="full", threshold=0.9)]
    assert ("Maria Gonzalez", "PERSON") in got and ("王芳", "PERSON") in got
    assert ("13912345678", "PHONE_NUMBER") in got and ("maria@brightline.io", "EMAIL_ADDRESS") in got


def test_task_vocabulary_survives_full_mode():
    for text in ("Translate the following sentence into French.", "Write a poem about William Shakespeare.",
                 "Convert an IPv4 address to binary.", "Name three famous modern plays."):
        assert detect(text, mode="full", threshold=load_policy("dataset").entities("instruction")) == []


def test_chinese_recognizer_inside_presidio_matches_detect():
    analyzer = get_engine().chinese_analyzer()
    for text, _ in load_labeled(DATA / "pii_zh.jsonl"):
        ours = {(s.start, s.end, s.entity_type) for s in detect(text, mode="patterns", threshold=0.0,)
                if s.recognizer != "presidio"}
        theirs = {(r.start, r.end, r.entity_type) for r in analyzer.analyze(text, language="zh")}
        # Presidio removes duplicates its own way; every span it returns is one of ours and it
        # misses none of the kept ones.
        assert theirs <= {(s.start, s.end, s.entity_type) for s in _all_candidates(text)}
        assert ours <= theirs


def test_english_analyzer_holds_curate_recognizers():
    analyzer = get_engine().english_analyzer()
    got = {(r.entity_type, r.recognition_metadata.get("recognizer_name"))
           for r in analyzer.analyze("邮箱abc@x.com, ID 11010519491231002X", language="en")}
    assert ("EMAIL_ADDRESS", "email_ascii") in got and ("CN_RESIDENT_ID", "cn_resident_id") in got


def _all_candidates(text):
    from curate.pii.scan import pattern_spans
    return pattern_spans(text)


def test_no_ner_model_falls_back_to_patterns():
    eng = Engine(model="xx_curate_no_such_model")
    assert eng.ner == "unavailable (pattern-only)" and eng.analyzer is None
    got = eng.analyze_many(["Dear Maria Gonzalez, call 13912345678", "Maria Gonzalez called 13912345678"],
                           None, ["PERSON", "PHONE_NUMBER"])
    # without NER a name is found only where a cue names it (a salutation here), never bare
    assert [s.entity_type for s in select(got[0])] == ["PERSON", "PHONE_NUMBER"]
    assert [s.entity_type for s in select(got[1])] == ["PHONE_NUMBER"]


def test_streets_named_after_people_are_not_names(redactor):
    """A name after a house number, or ending in a street word, is an address line: the contact
    data beside it (a card, a phone) must not turn the street into a person."""
    texts = ["Please update the billing address with 6684 Nicole Shoal, Morrisberg for this card: 4030998845936155",
             "Ship to 47/29, Raju Path. Mobile: 5828411399",
             "Thanks, Jennifer Wells. Please update the billing address for this card: 4030998845936155"]
    got = [[(t[s.start:s.end]) for s in ps if s.entity_type == "PERSON"]
           for t, ps in zip(texts, redactor.find(texts, "input"))]
    assert got[0] == [] and got[1] == []
    assert got[2] == ["Jennifer Wells"]  # a person beside the same card number still is one


def test_full_mode_vocabulary_does_not_grow_with_new_tokens():
    """Every unseen token of a log line (ids, hashes) became a string in spaCy's vocabulary, which
    never shrinks: a long log in full mode grew memory without bound. NER now runs in a memory
    zone, so a second batch of new tokens leaves the string store as it was."""
    import random

    eng = get_engine()
    rng = random.Random(4)

    def batch():
        return [f"Dear Ann Lee, request req_{rng.getrandbits(48):x} from user {rng.getrandbits(40):x} failed"
                for _ in range(300)]

    first = eng.analyze_many(batch(), entities=["PERSON"], threshold=None)
    assert all(any(s.entity_type == "PERSON" for s in spans) for spans in first)  # NER did run
    before = len(eng.nlp.vocab.strings)
    eng.analyze_many(batch(), entities=["PERSON"], threshold=None)
    assert len(eng.nlp.vocab.strings) == before


@pytest.mark.parametrize("text,want", [
    ("In case of my child's account, we need to add Victoria Whitney as guardian", ["Victoria Whitney"]),
    ("Maybe it's under Judy Smith", ["Judy Smith"]),
    ("The refund should go to Michael Brown, not to me.", ["Michael Brown"]),
    # not about someone's own affairs, or the phrase is not beside the name
    ("I'm here to talk to you about Artificial Intelligence, or AI for short.", []),
    ('Explain the main concept of the open-source software package "Keras"', []),
    ("Schools under pressure: what Brexit means for teachers.", []),
    ('Songs like "With a Little Help from My Friends," and "Lucy in the Sky with Diamonds"', []),
    ("Write a poem about William Shakespeare.", []),
])
def test_english_name_in_a_sentence_about_own_affairs(redactor, text, want):
    got = [text[s.start:s.end] for s in redactor.find([text], "input")[0] if s.entity_type == "PERSON"]
    assert got == want


def test_english_independent_set(redactor):
    """bench/pii_en_independent.py was written by someone who never saw the detector. PERSON on its
    held-out (odd) templates: 0.347 at 27f39e1, 0.409 with the own-affairs sentence words (the
    target, 0.85, is far: docs/pii.md, Known gaps); e-mails and phones are found whole."""
    from bench.pii_en_independent import en_independent_free, en_independent_half
    from bench.pii_eval import score_sets

    data = en_independent_half("held_out")
    sc = score_sets(data, redactor.find([d["text"] for d in data], "input"))
    assert sc["PERSON"]["recall"] >= 0.39 and sc["PERSON"]["precision"] >= 0.97, sc["PERSON"]
    assert sc["EMAIL_ADDRESS"]["recall"] == 1.0 and sc["PHONE_NUMBER"]["recall"] >= 0.97, sc
    free = en_independent_free()
    assert sum(1 for spans in redactor.find(free, "input") if spans) <= 2


# Alpaca records (alpaca_original_sample_30000_34999.json) where spaCy's small model tagged a phrase
# no one is called as PERSON and a context word lifted it over the threshold (found 2026-12-04).
NOT_NAMES_IN_ALPACA = {621: "Gender", 1847: "Gender", 4682: "String", 645: "Mandarin Orange", 1329: "mobile apps",
                       1658: "// Driver", 2883: "Stay Connected", 2889: "Driver Program", 3585: "Pixel",
                       4099: "Driver Code", 4785: "Java"}


def test_ner_phrases_that_are_no_ones_name_are_kept(redactor, alpaca_en):
    data = json.loads(alpaca_en.read_text())
    for i, phrase in NOT_NAMES_IN_ALPACA.items():
        for f in ("instruction", "input", "output"):
            text = data[i][f] or ""
            got = [text[s.start:s.end] for s in redactor.find([text], f)[0] if s.entity_type == "PERSON"]
            assert not any(phrase in g or g in phrase for g in got), (i, f, got)


@pytest.mark.parametrize("text,want", [
    # dictionary words that are also common given names and surnames are names
    ("Name: Rose Hunter\nDept: Sales", ["Rose Hunter"]),
    ("My refund should go to Bill Price.", ["Bill Price"]),
    # names no dictionary knows; a role or title NER puts in the span; a trailing note cut off
    ("The refund should go to Amol Kadakia, not to me.", ["Amol Kadakia"]),
    ("Dear Mrs Maria Davis, your appointment is confirmed.", ["Maria Davis"]),
    ("Name: Mandarin Orange\nCategory: Fruit", []),
])
def test_name_shape(redactor, text, want):
    got = [text[s.start:s.end] for s in redactor.find([text], "input")[0] if s.entity_type == "PERSON"]
    assert got == want


def test_name_shape_without_dictionaries_keeps_ner_word(monkeypatch):
    from curate.pii import en_names

    assert not en_names.name_shaped("Driver Code") and en_names.name_shaped("Rose Hunter")
    assert en_names.name_part("Andrew Palmer - consultation") == "Andrew Palmer"
    assert en_names.name_part("Ludwig van Beethoven") == "Ludwig van Beethoven"
    empty = frozenset()
    monkeypatch.setattr(en_names, "lexicons", lambda: en_names.Lexicons(*(empty,) * len(en_names.Lexicons._fields)))
    assert en_names.name_shaped("Driver Code") and not en_names.name_shaped("mobile apps")


def test_strict_profile_redacts_bare_names():
    """The strict profile takes every name NER tags, context or not (docs/pii.md: recall 0.41 ->
    0.81 on the independent EN held-out half, at 85 of 861 PII-free records altered)."""
    text = "Olivia Bennett enjoyed the concert last night."
    strict = Redactor(load_policy("strict")).find([text], "input")[0]
    dataset = Redactor(load_policy("dataset")).find([text], "input")[0]
    assert [text[s.start:s.end] for s in strict if s.entity_type == "PERSON"] == ["Olivia Bennett"]
    assert [s for s in dataset if s.entity_type == "PERSON"] == []


def test_a_figure_glossed_with_a_title_is_known_without_it():
    """CC-CEDICT glosses "Sir Isaac Newton (1642-1727)": the name a task or a log writes, without the title,
    is the figure too (the issue's PII-free Alpaca record with "Isaac Newton" was altered); a private
    person with the same first name is not, nor a title's word alone before a surname."""
    from curate.pii import en_names

    assert en_names.known_figure("Isaac Newton") and en_names.known_figure("Sir Isaac Newton")
    assert en_names.known_figure("Arthur Conan Doyle")
    assert not en_names.known_figure("Isaac Bennett") and not en_names.known_figure("Sir Bennett")
    strict = Redactor(load_policy("strict"))
    text = "Write a short biography of Isaac Newton for Olivia Bennett's class."
    got = [text[s.start:s.end] for s in strict.find([text], "input")[0] if s.entity_type == "PERSON"]
    assert got and all("Newton" not in g for g in got) and any("Olivia Bennett" in g for g in got), got


def test_strict_profile_keeps_listed_figures_and_places():
    """strict keeps a figure CC-CEDICT lists and NER's places and organisations ("Albert Museum",
    "C++"), and still takes the private name beside them (PII-free EN records altered 91 -> 78 at the time)."""
    from curate.pii import en_names

    assert en_names.known_figure("Nelson Mandela") and en_names.known_figure("Marie Curie's")
    assert not en_names.known_figure("Olivia Bennett") and not en_names.known_figure("Mandela")
    assert not en_names.name_shaped("Albert Museum") and not en_names.name_shaped("C++")
    assert not en_names.name_shaped("Kemp LLC") and en_names.name_shaped("Ruth Park")
    strict = Redactor(load_policy("strict"))
    text = "Write a short biography of Nelson Mandela for Olivia Bennett's class."
    got = [text[s.start:s.end] for s in strict.find([text], "input")[0] if s.entity_type == "PERSON"]
    assert "Olivia Bennett" in " ".join(got) and not any("Mandela" in g for g in got)


def test_lone_given_name_opening_a_line():
    """A lone word NER tags at a line start is dropped (a task's verb: "Convert", "Write"), unless
    it is a given name no CC-CEDICT gloss writes in lower case; then it is a bare name (0.75):
    strict takes it, the dataset profile keeps it even beside context (a story's "John")."""
    from curate.pii import en_names

    assert en_names.given_name_only("Jeffrey") and en_names.given_name_only("Amanda")
    assert not any(en_names.given_name_only(w) for w in ("Will", "Mark", "Convert", "June", "Rose", "Jan", "Sat"))
    text = "Jeffrey had given Amanda his address: 52927 Robert Plain"
    strict = Redactor(load_policy("strict")).find([text], "input")[0]
    dataset = Redactor(load_policy("dataset")).find([text], "input")[0]
    assert "Jeffrey" in [text[s.start:s.end] for s in strict if s.entity_type == "PERSON"]
    assert "Jeffrey" not in [text[s.start:s.end] for s in dataset if s.entity_type == "PERSON"]


def test_name_heading_a_postal_address(redactor):
    """A mailing label or letter head: the name opening a block with a house-number line and a
    postcode after it is a person's (presidio-research's address templates: held-out PERSON
    0.200 -> 0.213, precision 0.813 -> 0.823; names alone on the head's later lines: 0.325 -> 0.334);
    a name elsewhere in the text gets nothing from it."""
    label = "Harriet Lowell\nQuillon Instruments Ltd\n42 Calder Street\nLeeds LS6 2QT"
    got = [label[s.start:s.end] for s in redactor.find([label], "input")[0] if s.entity_type == "PERSON"]
    assert got == ["Harriet Lowell"]
    prose = "The museum was founded by Harriet Lowell. Visit it at 42 Calder Street, Leeds LS6 2QT."
    assert [s for s in redactor.find([prose], "input")[0] if s.entity_type == "PERSON"] == []
    # a quoted label with two people in its head (sender, company, recipient); a town below the
    # street line is none
    quoted = "> \n> Harriet Lowell\n> Quillon Instruments Ltd\n> Alicia Campbell\n> 42 Calder Street\n> Leeds LS6 2QT"
    got = [quoted[s.start:s.end] for s in redactor.find([quoted], "input")[0] if s.entity_type == "PERSON"]
    assert "Harriet Lowell" in got and "Alicia Campbell" in got
    from curate.pii.engine import _postal_address

    town = "I once lived in 2 Amy Burg\nLake Brett\nTR34 1RB. Now elsewhere."
    assert not _postal_address(town, town.index("Lake"), town.index("Lake") + 10)


def test_private_person_from_kin_residence_and_age(redactor):
    """A name in a sentence about the speaker's own kin (any degree), where someone lives, or with
    an age right after it is a private person's (presidio-research's odd templates: PERSON 0.236 ->
    0.315, precision 0.837 -> 0.881); "my baby" in a song title, a town after a street and the same
    names without such words are not."""
    private = ["I would like to remove my kid Hayley from the will.",
               "My great great grandfather was called Ayush Vaidya.",
               "Jeffrey Reyes lives at 86373 Noah Passage, Chrisburgh",
               "Olivia Bennett, 34, was admitted on Tuesday."]
    public = ["The Big Three Killed My Baby names Jack White's home city.",
              "Olivia Bennett enjoyed the concert last night."]
    found = [[t[s.start:s.end] for s in spans if s.entity_type == "PERSON"]
             for t, spans in zip(private + public, redactor.find(private + public, "input"))]
    assert found[:4] == [["Hayley"], ["Ayush Vaidya"], ["Jeffrey Reyes"], ["Olivia Bennett"]]
    assert found[4:] == [[], []]


def test_strict_profile_leaves_streets_and_firms():
    """NER tags streets named after people and firms named after partners as PERSON; strict (every
    name NER tags) keeps them: a phrase ending in a USPS or Indian street word that is no common
    surname, three surnames in a list, a surname and Sons. A list after a colon or a plural of people
    ("our 3 founders: …") and a surname that is a street word too ("Eva Green") stay names
    (presidio-research's odd templates, strict: precision 0.735 -> 0.872, recall unchanged)."""
    from curate.pii import engine

    assert engine._street_word("Summit") and engine._street_word("Nagar") and engine._street_word("St.")
    assert not engine._street_word("Green") and not engine._street_word("Hill") and not engine._street_word("Ann")
    strict = Redactor(load_policy("strict"))
    texts = ["He lives on the north side of Thomas Summit.", "I work for Romero, Mccarthy and Molina",
             "The shop is run by Taylor and Sons.", "our 3 founders: Martin, Gonzalez and Pierce.",
             "Olivia Bennett met Eva Green at the station."]
    found = [[t[s.start:s.end] for s in spans if s.entity_type == "PERSON"]
             for t, spans in zip(texts, strict.find(texts, "input"))]
    assert found[:3] == [[], [], []]
    assert "Gonzalez" in found[3]  # NER tags Martin and Gonzalez here; the list rule keeps both
    assert found[4] == ["Olivia Bennett", "Eva Green"]


def test_an_id_field_label_is_no_name(redactor):
    """spaCy tags "Aadhaar" in "Please update Aadhaar (…)" as PERSON, and the number beside it made
    the sentence private: a span that is only an ID field's label is no name."""
    text = "Please update Aadhaar (744838117524) in the portal"
    got = [(text[s.start:s.end], s.entity_type) for s in redactor.find([text], "input")[0]]
    assert got == [("744838117524", "IN_AADHAAR")]


def test_census_names_that_ner_misses(redactor, monkeypatch):
    """A census given name + surname in a sentence about someone's own affairs, where spaCy's small
    model tags nothing ("Maybe it's under Gloria Little"); never a street or a set phrase."""
    from curate.pii import engine

    texts = ["Maybe it's under Gloria Little", "Ship it to 12 Ann Street, Leeds LS6 2QT for my account",
             "Merry Christmas from my account team"]

    def people(flag):
        monkeypatch.setattr(engine, "CENSUS_NAMES", flag)
        return [[t[s.start:s.end] for s in spans if s.entity_type == "PERSON"]
                for t, spans in zip(texts, redactor.find(texts, "input"))]

    assert people(False) == [[], [], []]  # NER alone: the name is missed
    assert people(True) == [["Gloria Little"], [], []]


def test_no_name_inside_another_entity(redactor):
    """NER tagged the bank-code letters of IBANs ("GB95 XSPZ 1897 …") as PERSON once a deposit made
    the sentence private, and the name (0.95) then won the overlap over the IBAN (0.8): the IBAN's
    digits were written raw. A PERSON span never lies inside a span of another type, so every
    structured value of EN held-out 3 is found whole and no name sits inside one."""
    from bench.pii_holdout import en_holdout_3

    data = en_holdout_3()
    for d, spans in zip(data, redactor.find([d["text"] for d in data], "input")):
        for a, b, ty in d["spans"]:
            if ty != "PERSON":
                assert any(s.entity_type == ty and s.start <= a and b <= s.end for s in spans), (d["text"], ty)
        others = [s for s in spans if s.entity_type != "PERSON"]
        assert not [s for s in spans if s.entity_type == "PERSON"
                    and any(o.start <= s.start and s.end <= o.end for o in others)], d["text"]


def test_seed_tasks_written_by_others(redactor):
    """The Self-Instruct and BELLE seed tasks, hand-labelled (tests/data/labels/
    README_seed_tasks_outside.md): the dataset profile alters at most 1 of the 340 PII-free
    instances (it altered 8 before ranges, placeholders, verse, word problems, employers and fact
    sheets' famous subjects were told apart) and every one of the 4 that hold personal data."""
    from bench.pii_eval import altered, seed_tasks_outside

    free, pii = seed_tasks_outside("free"), seed_tasks_outside("pii")
    assert len(free) == 340 and len(pii) == 4
    assert len({a[0] for a in altered(redactor, free)}) <= 1
    assert len({a[0] for a in altered(redactor, pii)}) == 4


@pytest.mark.parametrize("text,gone", [
    ("Hi, XXX. The transaction made on your account exceeded $0.00. Sender: alerts@bank.example", "XXX"),
    ("Applying for: Product Manager at Cloud Clearwater\nPhone: (123) 456-7891", "Cloud Clearwater"),
    ("Name: Bill Gates\nBorn: October 28, 1955\nSource: Wikipedia", "Bill Gates"),
])
def test_names_that_are_no_private_person(redactor, text, gone):
    """A placeholder, an employer after a job and "at", a famous fact sheet's subject."""
    got = [text[s.start:s.end] for s in redactor.find([text], "input")[0] if s.entity_type == "PERSON"]
    assert gone not in got


def test_famous_name_beside_contact_data_is_redacted(redactor):
    text = "Name: Bill Gates\nPhone: 555-123-4567"
    got = [text[s.start:s.end] for s in redactor.find([text], "input")[0] if s.entity_type == "PERSON"]
    assert got == ["Bill Gates"]
    strict = Redactor(load_policy("strict"))
    sheet = "Name: Bill Gates\nBorn: October 28, 1955"
    assert [sheet[s.start:s.end] for s in strict.find([sheet], "input")[0]] == ["Bill Gates"]


@pytest.mark.parametrize("text", [
    # a word problem's people (each found as a clause's subject before the word-problem test)
    "李红正在努力训练，她每周训练5天，每天3小时。她一共训练了多少小时？",
    "赵强今天买了3斤苹果，每斤4元，他一共花了多少钱？",
    "昨天下午，孟建平在河边钓了12条鱼，放走了5条，还剩几条？",
    # classical verse without a word for poem (THULAC read 金凤, a flower, as a name)
    "不但春妍夏亦佳，随缘花草是生涯。\n鹿葱解插纤长柄，金凤仍开最小花。",
])
def test_word_problems_and_verse_hold_no_private_names(redactor, text):
    assert redactor.find([text], "input")[0] == []


def test_a_quantity_question_beside_a_real_subject_keeps_the_name(redactor):
    """Not a word problem without counted numbers: "问我多少钱" is a question, the subject stays."""
    text = "昨天王利给我打了电话，问我多少钱？"
    assert [text[s.start:s.end] for s in redactor.find([text], "input")[0]] == ["王利"]


def test_labelled_sets_do_not_depend_on_the_day():
    """Faker's zh_CN ssn() counts birth dates back from today and unix_time() draws up to now: the
    generated sets changed at midnight (1,329 of the ZH set's 1,500 texts) until the builders ran on
    one pinned day (bench/pinned.py). Built on two other days, they are the same."""
    import datetime as dt

    import time_machine

    from bench.pii_gen import zh_set
    from bench.pii_logs import technical_log

    built = []
    for day in (dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc), dt.datetime(2031, 7, 9, tzinfo=dt.timezone.utc)):
        with time_machine.travel(day, tick=False):
            built.append(([d["text"] for d in zh_set(n=200)], [d["text"] for d in technical_log(200)]))
    assert built[0] == built[1]


def test_a_hashtag_is_a_topic_not_a_name():
    """WNUT-17's tweets (bench table 2f): NER tags the words of a hashtag as a person; the strict
    profile took 16 of them (#SpicerFacts). A name written as a name is still taken."""
    strict = Redactor(load_policy("strict"))
    texts = ["Loving the #SpicerFacts thread today, so good", "Sean Spicer said the crowd was the largest ever"]
    got = [[t[s.start:s.end] for s in spans if s.entity_type == "PERSON"] for t, spans in zip(texts, strict.find(texts, "input"))]
    assert got == [[], ["Sean Spicer"]]


@pytest.mark.model  # spaCy NER
@pytest.mark.parametrize("text,name", [
    ("Hey Ishaan, the meeting moved to room 4.", "Ishaan"),                      # a greeting's addressee
    ("Good morning Priyanka! Your order shipped.", "Priyanka"),
    ("Marisol, your refund was approved today.", "Marisol"),                     # addressed with "your"
    ("I reset the password as you asked. thanks, Tanmay", "Tanmay"),              # a closing thanks
    ("Officer Kowalczyk took the statement at noon.", "Kowalczyk"),              # a rank before a name
])
def test_strict_takes_names_ner_misses_in_their_places(text, name):
    """spaCy's small model leaves many names untagged. In the places people's names take (a
    greeting, an address, a closing thanks, a rank; a census given name alone; two words no
    dictionary gloss has) they are bare names (0.75): strict takes them, the dataset profile keeps
    them (docs/pii.md: strict recall on presidio-research's odd half 0.741 -> 0.856; WNUT-17 dev,
    never read before: P 0.799 -> 0.798, R 0.347 -> 0.419)."""
    strict = Redactor(load_policy("strict")).find([text], "input")[0]
    dataset = Redactor(load_policy("dataset")).find([text], "input")[0]
    assert name in [text[s.start:s.end] for s in strict if s.entity_type == "PERSON"]
    assert [s for s in dataset if s.entity_type == "PERSON"] == []


@pytest.mark.model  # spaCy NER
@pytest.mark.parametrize("text", [
    "Hello World! This is my first program.",            # a greeting to a common word
    "Note, your answer must be under 50 words.",          # a word opening a line, not a name
    "We sailed across Lake Victoria to Kampala.",         # a given name inside a place
    "The office is on Jackson Street near the bridge.",
    "Our accounts are kept by Hale, Ferris and Dunn in Leeds.",  # a firm named after its partners
    "We flew to Kenya last year and then on to France.",          # census given names NER reads as places
    "We visited Paris, London, Berlin and Rome in June.",          # a list of places, one a given name
])
def test_strict_leaves_words_in_those_places_that_name_no_one(text):
    strict = Redactor(load_policy("strict")).find([text], "input")[0]
    assert [text[s.start:s.end] for s in strict if s.entity_type == "PERSON"] == []


def test_names_ner_misses_from_word_lists_alone():
    """What census_names adds for text NER read (``lone``): a census given name standing alone, two
    capitalised words no dictionary gloss has, a census pair without context -- each a bare name
    (0.75, strict's); places, streets, firms and common words stay out."""
    from curate.pii.engine import BARE_NAME_SCORE, census_names

    def names(text):
        got = census_names(text, [], lone=True)
        assert all(s.score == BARE_NAME_SCORE for s in got)
        return [text[s.start:s.end] for s in got]

    assert names("Please pass the keys to Deborah before Friday.") == ["Deborah"]
    assert names("The parcel was signed over to Anupriya Kethan at the gate.") == ["Anupriya Kethan"]
    assert names("We met Jeffrey Lambert after the shift.") == ["Jeffrey Lambert"]
    assert names("We sailed across Lake Victoria to Kampala on Jackson Street.") == []
    assert names("Our accounts are kept by Hale, Ferris and Dunn in Leeds.") == []
    assert names("Grace will mark the papers in May.") == []  # given names that are common words
    # a list where most items are given names: all of them, a word NER read as a place too
    guests = "The guests were Priya, Lucas, Douglas and Mei."
    d = guests.index("Douglas")
    assert census_names(guests, [], lone=True, things=[(d, d + 7)]) != [] and \
        "Douglas" in [guests[s.start:s.end] for s in census_names(guests, [], lone=True, things=[(d, d + 7)])]
    # pattern mode (no ``lone``): a pair with context only; bare names are for the texts NER read
    assert census_names("We met Jeffrey Lambert after the shift.", []) == []
    assert census_names("Please pass the keys to Deborah before Friday.", []) == []
    assert [s.score for s in census_names("Patient: Jeffrey Lambert, seen today.", [])] == [0.95]


def test_name_lists_cached_per_process_start_are_the_parsed_ones(tmp_path, monkeypatch):
    """The lists are parsed once and pickled in the cache directory; a later process reads the
    pickle (the same lists), and a damaged pickle is parsed around, never raised."""
    from curate.pii import en_names

    monkeypatch.setenv("CURATE_CACHE_DIR", str(tmp_path))
    parsed = en_names._read_lexicons()
    en_names.lexicons.cache_clear()
    try:
        first = en_names.lexicons()
        files = list((tmp_path / "pii").glob("lexicons-*.pickle"))
        assert len(files) == 1 and first == parsed and len(parsed.vocab) > 10_000
        en_names.lexicons.cache_clear()
        assert en_names.lexicons() == parsed  # from the pickle
        files[0].write_bytes(b"\x80\x05not a pickle")
        en_names.lexicons.cache_clear()
        assert en_names.lexicons() == parsed
        assert files[0].read_bytes() != b"\x80\x05not a pickle"  # written again, whole
    finally:
        en_names.lexicons.cache_clear()


def test_name_lists_pickle_follows_the_code_that_reads_them(tmp_path, monkeypatch):
    """The pickle's key holds en_names.py's own bytes (a change to how nam_dict is read once kept
    serving the old lists), and writing one removes an older version's."""
    from curate.pii import en_names

    monkeypatch.setenv("CURATE_CACHE_DIR", str(tmp_path))
    stale = tmp_path / "pii" / "lexicons-0123456789abcdef.pickle"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old lists")
    key = en_names._lexicons_key()
    real_open = open

    def edited(path, *a, **k):  # the same file with one byte more: another key
        if path == en_names.__file__:
            return __import__("io").BytesIO(real_open(path, "rb").read() + b" ")
        return real_open(path, *a, **k)

    monkeypatch.setattr("builtins.open", edited)
    assert en_names._lexicons_key() != key
    monkeypatch.setattr("builtins.open", real_open)
    assert en_names._lexicons_key() == key and len(key) == 16
    en_names.lexicons.cache_clear()
    try:
        en_names.lexicons()
        assert [f.name for f in (tmp_path / "pii").glob("lexicons-*.pickle")] == [f"lexicons-{key}.pickle"]
    finally:
        en_names.lexicons.cache_clear()
