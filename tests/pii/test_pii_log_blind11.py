"""Log categories the eleventh blind labelled log's read half (bench/pii_logs_blind11.py, odd templates:
public-service and service-industry records, Chinese and English) showed missed or over-redacted, and
formats of its theme measured without reading its held-out half: other countries' plates after a plate
word, a student's registration number (G and the resident ID). Each case is a category with both
sides asserted, on lines written here, not the set's."""
import pytest

from curate.pii.config import load_policy
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, gone, kept", [
    # other countries' plates after a plate word; a code after other words, a lone letter run, a
    # number alone, a word after "plate" stay
    ("Susp veh: 2012 Honda Civic plate 7KDL482 (CA) seen leaving", ["7KDL482"], ["2012 Honda Civic", "(CA)"]),
    ("DMV|REG PLATE 9UYP078|CLASS C|STATUS VALID", ["9UYP078"], ["REG PLATE ", "|CLASS C|"]),
    ("licence plate: AB12 CDE clamped, plate no. 7-ABC-123", ["AB12 CDE", "7-ABC-123"], ["licence plate: "]),
    ("plate reader PLT-02 online; template XK3921 loaded; plate 2 of 3; plate ABCDEF", [],
     ["PLT-02", "XK3921", "plate 2 of 3", "ABCDEF"]),
    # a student's national registration number is G and the resident ID; a longer code is none
    ("学籍号：G370202201008014967 姓名：张三", ["370202201008014967"], ["学籍号：G"]),
    ("batch XG370202201008014967 ok", [], ["XG370202201008014967"]),
    # names in delimited records beside personal data (an SSN, a date of birth's or a phone's label):
    # a CSV row's split name, a pipe record's full-name field and its split name in capitals; codes,
    # wards, statuses and places in capitals stay, and so does a row with no personal data
    ("E1001,Okafor,Chinwe,219-09-9999,W2,Biweekly,2811.52", ["Okafor", "Chinwe"], ["E1001,", ",W2,Biweekly,"]),
    ("OPD REG | Ravi Shankar Menon | Mob: +91 98450 12345 | Consultant on call", ["Ravi Shankar Menon"],
     ["OPD REG | ", " | Consultant on call"]),
    ("DMV|REC|FLETCHER|DIANE|DOB 1961-03-02|CLASS C|STATUS VALID", ["FLETCHER", "DIANE"], ["DMV|REC|", "|CLASS C|"]),
    ("ADT|DOB 1990-01-01|ICU|WARD|NEW|YORK|GRACE|CHURCH|ACTIVE|PENDING", [],
     ["ICU|WARD", "NEW|YORK", "GRACE|CHURCH", "ACTIVE|PENDING"]),
    ("inv|Paris|London|Open|High|Red Cross", [], ["Paris|London", "Red Cross"]),
    ("SKU|Walker|Christopher|Blue|Large", [], ["Walker|Christopher"]),
    # an HL7 message printed on one line with its segment ends written out ("<CR>")
    ("MSH|^~\\&|ADT1|HOSP|HIS|HOSP|20250101||ADT^A01|M1|P|2.5.1<CR>PID|1||4411^^^HOSP^MR||OKAFOR^CHINWE^A||19700101|F<CR>PV1|1|I",
     ["OKAFOR^CHINWE^A"], ["MSH|^~\\&|ADT1|HOSP|", "<CR>PV1|1|I"]),
    # a surname after a title or a police rank; the title alone under a person's key is no one's;
    # a title before a band's or a pageant's word stays
    ("RO: Ofc. Brannigan #3739 | Det. Alvarez | Sgt Kowalski", ["Brannigan", "Alvarez", "Kowalski"], ["Ofc. ", "Det. "]),
    ("Tenant: Miss Parkes | tel 020 7946 0958", ["Parkes"], ["Tenant: Miss "]),
    ("Patient: Dr. Hettner", ["Hettner"], ["Patient: Dr. "]),
    ("Miss Universe pageant; Mr. Children concert; turn Off. Power", [], ["Miss Universe", "Mr. Children", "Off. Power"]),
    # a name written by sound after a label or a role: dotted (a Uyghur's, a Kazakh's) or two common
    # Tibetan parts; a product's dotted name, a figure's, a name glued into a word stay
    ("受送达人：热依拉·买买提 送达地址：北京市", ["热依拉·买买提"], ["受送达人：", "送达地址"]),
    ("户名 古丽娜尔·吐尔逊 卡号 尾号1234；申请人=次仁央金 证件=已核验", ["古丽娜尔·吐尔逊", "次仁央金"], ["户名 ", "申请人="]),
    ("网格员艾力·阿不都拉走访东湖社区", ["艾力·阿不都拉"], ["网格员", "走访东湖社区"]),
    ("用户 小米·青春版手机 诗人：阿尔伯特·爱因斯坦的理论", [], ["小米·青春版", "爱因斯坦"]),
    # a patient surname first as pharmacy and hospital systems print one; a note's author; a user id
    # under "uid" is no Aadhaar number (the word still is one's label elsewhere)
    ("RX-REFILL Rx 9402936 pt HUDSON, MARGARET DOB 01/07/1953 drug AMOXICILLIN 500MG", ["HUDSON, MARGARET"],
     ["DOB 01/07/1953", "AMOXICILLIN"]),
    ("pt PARIS, TEXAS; print LOG, DEBUG", [], ["PARIS, TEXAS", "LOG, DEBUG"]),
    ("Case 00410998 comment by Vivaan Maharajan: customer called", ["Vivaan Maharajan"], ["comment by "]),
    ("posts by Google Chrome team; Comment by Open Source:", [], ["Google Chrome", "Open Source"]),
    ('{"passenger":{"uid":176570373795},"fare":61.15} UID No. 2345 6789 0124 issued', ["2345 6789 0124"],
     ['"uid":176570373795']),
    ("DMV|REC|SMITH|MICHAEL|DOB 1956-08-23|CLASS C", ["SMITH", "MICHAEL"], ["|CLASS C"]),
    # a hospital's, a court's and an employer's record numbers after their id word, zeros first too;
    # a number under a bare "id" key; a mobile after 0086 still is one
    ("中山医院 门诊病历 门诊号：0077648127 患者：李敏 女；受理号 13912345678", ["李敏"], ["0077648127", "13912345678"]),
    ('{"type":"conversation_part","id":"14409473647","phone":"13800138000"}', ["13800138000"], ['"id":"14409473647"']),
    ("已指派骑手（008615145583320）", ["008615145583320"], ["已指派骑手"]),
    # a surname before a title after a verb that sends or addresses someone, or an agent's 好的; a
    # compound surname's subject the segmenter split, a time after it; a company's founding stays
    ("已派曾师傅上门；已安排曾经理处理；好的漆女士，麻烦提供订单号", ["曾师傅", "曾经理", "漆"], ["已派", "师傅上门", "女士"]),
    ("值班人员张兰英巡查B2层，东方强于02:14完成巡检；，东方红于2020年成立", ["张兰英", "东方强"], ["东方红于2020年"]),
    # a cue's surname the dictionary glosses only as a proper noun (a statesman's, a car maker's) is
    # one; a word it writes in lower case stays
    ('resp="Dear MOHAMMED NASSER, your balance is ZAR 38,465.25"; x@y.org ("Matthieu Renault") via web',
     ["MOHAMMED NASSER", "Matthieu Renault"], ["your balance"]),
    ('resp="Dear GOOGLE PLAY, your receipt"; Hello World', [], ["GOOGLE PLAY", "Hello World"]),
    # a name the segmenter split into other words (许/m 红/a 于, 赵/nr 刚/d 审批) after a strong label or a
    # cue, a preposition or a verb after it; words that start with a surname stay (People's Daily's
    # 向关心和帮助, 向全社会承诺, 寄件人向英国寄出; an adverb: 都会)
    ("参保人许红于老百姓大药房医保结算；报销单已由赵刚审批通过", ["许红", "赵刚"], ["参保人", "于老百姓大药房", "审批通过"]),
    ("向关心和帮助他们的人致谢，向全社会承诺；寄件人向英国寄出化石；大家都会参加", [],
     ["关心和", "全社会", "向英国", "都会"]),
    # the other people a record is about, surname first (dispatch, police, court systems); teams, tiers
    # and companies in capitals after those words stay
    ("CAD 24-118822 CALLER: HOLLOWAY, DENISE PH: 415-555-0199; SUBJ: OKAFOR, CHINWE A DOB 03/14/1988",
     ["HOLLOWAY, DENISE", "OKAFOR, CHINWE A"], ["CALLER: ", "SUBJ: ", "DOB 03/14/1988"]),
    ("Victim: HOLLOWAY, DENISE; Suspect: UNKNOWN MALE; Driver: FLETCHER DIANE, Lic# D1234567", ["HOLLOWAY", "FLETCHER DIANE"],
     ["UNKNOWN MALE", "Lic# D1234567"]),
    ("Contact: SALES TEAM; member: GOLD TIER", [], ["SALES TEAM", "GOLD TIER"]),
    # the parties of a registration, the subject of a health or job record; the same words in prose stay
    ("婚姻登记：男方 赵一鸣 女方 钱小雨 登记日期 2024-02-14；受种者 周子轩 监护人 周强", ["赵一鸣", "钱小雨", "周子轩"],
     ["男方 ", "女方 ", "受种者 "]),
    ("女方的父母同意了；求职者可以登录系统；男方家长到场", [], ["女方的父母", "求职者可以", "男方家长"]),
])
def test_eleventh_blind_logs_categories(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_names_by_sound_in_prose_stay_out_of_the_dataset_profile():
    """In prose after a naming word a dotted name is as often a figure's or a character's: the dataset
    profile keeps it; as a field's value it is redacted there too."""
    red = Redactor(load_policy("dataset", mode="patterns"))
    prose = "讲述了一个名叫霍尔顿·考尔菲尔德的年轻人的故事"
    field = "姓名：热依拉·买买提，电话待补"
    (a, _), (b, _) = red.redact([prose, field], "text")
    assert a == prose and "热依拉·买买提" not in b and b.startswith("姓名：")


def test_eleventh_blind_log_leaks_and_over_redaction(red):
    """The eleventh log a helper wrote without reading the redactor (bench/pii_logs_blind11.py), another
    seed than the bench's. Unread at e12a89f: 16.1% of values leaked, 6.0% of decoys redacted; the
    read half now about 4%."""
    from bench.pii_logs_blind11 import blind_log11
    from tests.pii.test_pii_log_keys import _leak_rates

    data = blind_log11(3000, seed=11)
    read = [d for d in data if d["template"] % 2]
    planted, leaked, decoys, lost, r = _leak_rates(red, read)
    assert planted > 3000 and decoys > 3000
    assert leaked <= 0.055, r["leaked"]
    assert lost <= 0.08, r["decoys_redacted"]


def test_malformed_lines_of_these_formats_pass_through_whole(red, tmp_path):
    """Broken shapes of what this set's rules read (a surname-first role cut after its comma, an
    identity provider's object cut before its name, spaced labels with no login, a strong label with a
    surname and nothing after it, a party label alone, a pipe record with a byte that is no UTF-8, a
    dotted name with nothing after its dot): one line out per line in, nothing raised, only values
    replaced, and the report shows shapes, never a value."""
    from tests.pii.test_pii_log_keys import _through_redact_log

    bad = [b"CALLER: HOLLOWAY,", b'{"actor":{"type":"PublicClientApp","displayName":', b"User name: ", b"Username = ",
           "参保人许".encode(), "男方 ".encode(), b"pt SMITH, BRIAN", b"DMV|REC|FLETCHER|\xff|DOB",
           "受送达人：热依·".encode()]
    stats, out = _through_redact_log(red, tmp_path, bad)
    assert [o for b, o in zip(bad, out) if b != o] == [b"pt <PERSON>"]
    assert stats["lines_changed"] == 1 and "SMITH" not in str(stats)
