"""Log categories the eighth blind labelled log's read half (bench/pii_logs_blind8.py, odd templates:
program dumps, data stores, mail, telecom and Chinese internet back-ends) showed missed or damaged:
PHP's var_dump and print_r, Redis hashes, DynamoDB's typed values, a document spelled out by its kind,
an SQL INSERT's values by column, Hibernate's bound values, connection strings (their user, and a
password that ran over the next setting), bracketed form and search keys (URL-encoded too), an
address with its owner's name in RFC 822's comment, an RFC 2047 display name, SWIFT parties, airline
SSR DOCS, capitals in a greeting, a CSV name split over two fields beside an IBAN, an organisation
under a person's key, an address anonymised to its /16. Each case is a category with both sides
asserted, on lines written here, not the set's."""
import pytest

from curate.pii.config import load_policy
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, gone, kept", [
    # program dumps: PHP var_dump and print_r, a Redis hash, DynamoDB's typed values, a kind-named document
    ('dump: array(3) { ["username"]=> string(8) "lhoffman" ["password"]=> string(9) "Tr0ub4dor" ["page"]=> string(1) "2" }',
     ["lhoffman", "Tr0ub4dor"], ['["page"]=> string(1) "2"']),
    ("Array ( [first_name] => Marta [last_name] => Kowalczyk [qty] => 3 [tel] => 0161 496 0123 )",
     ["Marta", "Kowalczyk", "0161 496 0123"], ["[qty] => 3"]),
    ('1700000000.1 [0 10.0.0.7:5000] "HMSET" "user:42" "name" "Odile Brun" "plan" "pro" "api_token" "tk_9f8e7d6c5b"',
     ["Odile Brun", "tk_9f8e7d6c5b"], ['"plan" "pro"', '"user:42"']),
    ('{"Item": {"pk": {"S": "CUST#1"}, "fullName": {"S": "Ingrid Solberg"}, "tier": {"S": "Gold Plus"}}}',
     ["Ingrid Solberg"], ['"CUST#1"', '"Gold Plus"']),
    ('{"idDoc":{"type":"passport","number":"X4RT7K2P9"},"order":{"type":"order","number":"88123377"}}',
     ["X4RT7K2P9"], ['"number":"88123377"']),
    # data stores: an INSERT's values by column; Hibernate's bound values; connection strings
    (("Query INSERT INTO customers (first_name, last_name, city, phone) VALUES ('Bruno', 'Vasquez', 'Lyon', "
      "'+33 6 12 34 56 78'), ('Ana', 'Lima', 'Porto', NULL)"), ["Bruno", "Vasquez", "+33 6 12 34 56 78", "Ana"],
     ["'Lyon'", "'Porto'", "NULL)"]),
    ("BasicBinder : binding parameter [2] as [VARCHAR] - [Henrietta Lacks-Moore]", ["Henrietta Lacks-Moore"], []),
    ("BasicBinder : binding parameter [3] as [VARCHAR] - [PENDING REVIEW]", [], ["[PENDING REVIEW]"]),
    ("Server=tcp:db1.corp.local,1433;Database=HR;User Id=kwame_mensah;Password=Zq9-x!mP;Encrypt=True;Timeout=30;",
     ["kwame_mensah", "Zq9-x!mP"], [";Encrypt=True;Timeout=30;", "Server=tcp:db1.corp.local,1433;Database=HR;"]),
    ("Driver={ODBC Driver 18};Server=db2;Uid=sa;Pwd=Secret12; Timeout=5", ["Secret12"], ["Uid=sa;", "; Timeout=5"]),
    # bracketed keys, plain and URL-encoded (Rails forms, Ransack searches)
    ("POST /signup user[name]=Lena+Vogt&user[email]=lena%40example.de&page[size]=20",
     ["Lena+Vogt", "lena%40example.de"], ["page[size]=20"]),
    ('GET "/admin/search?q%5Bname_cont%5D=Jo%C3%A3o+Silva&q%5Bstatus_eq%5D=open&commit=Search"',
     ["Jo%C3%A3o+Silva"], ["q%5Bstatus_eq%5D=open"]),
    # mail: RFC 822's comment name, RFC 2047's encoded display name (a subject's encoded words stay)
    ('list alumni: new subscription t.obi@example.net ("Tunde Obi") via web', ["Tunde Obi", "t.obi@example.net"], []),
    ('stored from="=?UTF-8?B?5p2c5pm25ra1?= <a.b@example.cn>" subject="=?UTF-8?B?55Sz6K+35p2Q5paZ?="',
     ["=?UTF-8?B?5p2c5pm25ra1?="], ['subject="=?UTF-8?B?55Sz6K+35p2Q5paZ?="']),
    # banking and travel formats: SWIFT parties, SSR DOCS; capitals in a greeting
    ((r'raw="{4:\r\n:20:REF123\r\n:50K:/DE89370400440532013000\r\nHELGA BRANDT\r\nBERLIN\r\n:59:/GB29NWBK60161331926819\r\n'
      r'ACME TRADING GMBH\r\n:70:INVOICE 1\r\n-}"'), ["HELGA BRANDT"], ["ACME TRADING GMBH", ":70:INVOICE 1"]),
    ("PNR ABC123 SSR DOCS AF HK1 P/USA/310747823/USA/14DEC62/F/11JAN28/DOE/JANE", ["310747823"], ["SSR DOCS AF HK1"]),
    ('resp="Dear GRAŻYNA NOWAK, your balance is PLN 1,200.00"', ["GRAŻYNA NOWAK"], ["Dear ", "PLN 1,200.00"]),
    ('resp="Dear VALUED CUSTOMER, your balance is PLN 1,200.00"', [], ["VALUED CUSTOMER"]),
    # a CSV name split over two fields beside an IBAN; fields of places and states stay
    ('data="EMP0001,Wrzesniewski,Hanna,,PL61109010140000071219812874,2026-04-28"', ["Wrzesniewski", "Hanna"],
     ["EMP0001,", ",2026-04-28"]),
    ("id,Berlin,Germany,DE89370400440532013000,Pending,High", [], ["Berlin,Germany", "Pending,High"]),
    # both glossed: a census surname beside a given name never written in lower case; a surname the
    # dictionary glosses beside an unglossed given name; cities and statuses on both sides stay
    ('data="EMP0002,Walker,Christopher,,NL91ABNA0417164300,2026-04-28"', ["Walker", "Christopher"], ["EMP0002,"]),
    ('data="EMP0003,Takahashi,Haruka,,NL91ABNA0417164300,2026-04-28"', ["Takahashi", "Haruka"], ["EMP0003,"]),
    ("id,Paris,London,NL91ABNA0417164300,Open,Normal", [], ["Paris,London", "Open,Normal"]),
    ("id,Austin,Texas,NL91ABNA0417164300,Closed,Low", [], ["Austin,Texas", "Closed,Low"]),
    # an organisation under a person's key; an address anonymised to its /16
    ("Saving User{name='Leila Haddad', tenant='Wingtip Bank'}", ["Leila Haddad"], ["Wingtip Bank"]),
    ('{"clientIp":"97.72.0.0","ip":"97.72.14.9"}', ["97.72.14.9"], ["97.72.0.0"]),
])
def test_dumps_stores_mail_and_finance(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_eighth_blind_log_leaks_and_over_redaction(red):
    """The eighth log a helper wrote without reading the redactor (bench/pii_logs_blind8.py), another
    seed than the bench's. Unread at 14f7d13: 13.2% of values leaked, 26.7% of decoys redacted; the
    read half now about 4.5% leaked (most decoys still redacted: servers' addresses in data-store and
    mail lines, role mailboxes, message ids, which the redactor reads as personal)."""
    from bench.pii_logs_blind8 import blind_log8
    from tests.pii.test_pii_log_keys import _leak_rates

    data = blind_log8(3000, seed=8)
    read = [d for d in data if d["template"] % 2]
    planted, leaked, decoys, lost, r = _leak_rates(red, read)
    assert planted > 4000 and decoys > 2000
    assert leaked <= 0.06, r["leaked"]
    assert lost <= 0.30, r["decoys_redacted"]


def test_malformed_lines_of_these_formats_pass_through_whole(red, tmp_path):
    """Broken shapes of what the new rules read (an INSERT cut short, a var_dump without its string, a
    Redis hash with an odd argument, a bracketed key with no value, a comment never closed, an encoded
    word never closed, a SWIFT field without its name): one line out per line in, nothing raised,
    only the values replaced."""
    from tests.pii.test_pii_log_keys import _through_redact_log

    bad = [
        b"INSERT INTO t (name, email) VALUES ('Ann Lee', 'ann@",         # cut short inside a value
        b"INSERT INTO t (a, b) VALUES (",                                 # no values
        b'["username"]=> string(3) ',                                     # a var_dump without its string
        b'"HSET" "user:1" "name"',                                        # a field without its value
        b"q%5Bname_cont%5D=&user[email]=",                               # bracketed keys without values
        b'x@example.org ("Ann Lee',                                       # a comment never closed
        b"from==?UTF-8?B?5p2c <a@b.cn>",                                  # an encoded word never closed
        b":50K:/DE89\\r\\n",                                              # a SWIFT party without its name
        b"\xff binding parameter [1] as [VARCHAR] - [",                   # not UTF-8, a bracket never closed
    ]
    _, out = _through_redact_log(red, tmp_path, bad)
    changed = [o for b, o in zip(bad, out) if b != o]
    assert changed == [b"INSERT INTO t (name, email) VALUES ('<PERSON>', 'ann@",
                       b'<EMAIL_ADDRESS> ("<PERSON>', b"from==?UTF-8?B?5p2c <<EMAIL_ADDRESS>>"], changed


@pytest.mark.parametrize("line, gone, kept", [
    # hashes that authenticate as they are: Kerberos roasting output, a pwdump line's LM:NT pair, a
    # captured NetNTLMv2 response, keyed NT hashes and OTP seeds
    ("kerberoast hash=$krb5tgs$23$*svc_sql$CORP.LOCAL$MSSQLSvc/sql01:1433*$5d1a2b3c4d5e6f708192a3b4c5d6e7f8$c0ffee01",
     ["$krb5tgs$23$*svc_sql", "c0ffee01"], ["kerberoast hash="]),
    ("Administrator:500:aad3b435b51404eeaad3b435b51404ee:8846f7eaee8fb117ad06bdd830b7586c:::",
     ["8846f7eaee8fb117ad06bdd830b7586c"], ["Administrator:500:", ":::"]),
    # a stored salted hash (crypt, bcrypt, Argon2) must be cracked first: it stays, as set 8 counts it
    ("shadow: root:$6$rounds=5000$abc$Xy7Uq0dKk3zQmC9v1R8pL2sT5wN6yB4hJ0gF3eD7cA1bZ9xV8u:19000:0:99999:7:::",
     [], ["Xy7Uq0dKk3zQ"]),
    ("login hash $2b$12$KIXQJ8y1z9uZ0r8Z3y1t5eKq7dE0mV3pW9sX2cB4nM6aL8oP1iU2y ok", [], ["$2b$12$KIXQ"]),
    ("[SMB] NTLMv2-SSP Hash : jdoe::CORP:1122334455667788:9F2C3B1E5A7D8C6B4A3F2E1D0C9B8A7F:0101000000000000C0653150DE09D201",
     ["9F2C3B1E5A7D8C6B4A3F2E1D0C9B8A7F"], ["[SMB] NTLMv2-SSP Hash : "]),
    ("user jdoe nthash=8846f7eaee8fb117ad06bdd830b7586c totp_seed=GEZDGNBVGY3TQOJQ",
     ["8846f7eaee8fb117ad06bdd830b7586c", "GEZDGNBVGY3TQOJQ"], []),
    # a commit's hash, a content digest and a UUID stay
    ("git commit 8846f7eaee8fb117ad06bdd830b7586c31d6cfe0 sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
     [], ["8846f7eaee8fb117ad06bdd830b7586c31d6cfe0", "9f86d081884c7d659a2feaa0c55ad015"]),
])
def test_password_hashes(red, line, gone, kept):
    _check(red, line, gone, kept)
