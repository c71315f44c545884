"""Servers' addresses in two more places (the thirty-second session): the hops after the client in an access
line's forwarded list printed by position (nginx's "$http_x_forwarded_for", Envoy's
"%REQ(X-FORWARDED-FOR)%" — "client, proxy1, proxy2", the proxies are servers, the client stays a person's),
and the two addresses and the internal message id of Exchange's message tracking log (the transport servers'
or the sending MTA's; the senders, recipients and subjects in the same row are still people's). Lines
invented for the tests; the addresses, names and mailboxes are Faker's (an independent generator)."""
import faker
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line, redact_lines
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


def _fake(seed):
    f = faker.Faker("en_US")
    f.seed_instance(seed)
    return f


@pytest.mark.parametrize("seed", range(6))
def test_an_access_lines_forwarded_hops_after_the_client_stay(red, seed):
    f = _fake(seed)
    client, proxy, proxy2 = f.ipv4_public(), f.ipv4_private(), f.ipv4_private()
    for line in (f'{f.ipv4_private()} - - [01/Dec/2026:09:40:14 +0800] "POST /v1/consultations HTTP/2.0" 201 567 '
                 f'"https://m.example.com/d/3398" "PawPal/5.2.1 (iPhone; iOS 18.1)" "{client}, {proxy}" rt=0.288',
                 f'[2026-12-03T13:59:02.280Z] "GET /careers/jobs/37245/apply HTTP/1.1" 200 - 0 51478 158 196 '
                 f'"{client},{proxy},{proxy2}" "Mozilla/5.0 (X11; Linux x86_64)" "04a9f131-c295" "careers.example.io"'):
        out = redact_line(line, red)
        assert client not in out, out
        assert proxy in out, out
        if proxy2 in line:
            assert proxy2 in out, out


def test_after_a_client_not_said_the_addresses_are_still_hops(red):
    # ("-" holds the client's place, as blind logs 8-19 print it: the addresses after it are its proxies)
    out = redact_line('10.0.0.7 - - [01/Dec/2026:09:40:14 +0800] "GET / HTTP/1.1" 200 5 "-" "curl/8" '
                      '"-, 117.136.211.165, 10.20.30.40"', red)
    assert "117.136.211.165" in out and "10.20.30.40" in out, out


@pytest.mark.parametrize("line, gone", [
    # a lone client in the forwarded field, and a quoted list on a line that is no HTTP request
    ('10.0.0.7 - - [01/Dec/2026:09:40:14 +0800] "GET / HTTP/1.1" 200 5 "-" "curl/8" "117.136.211.165"', "117.136.211.165"),
    ('sync peers "117.136.211.165, 62.98.103.21" ok', "62.98.103.21"),
    ('sync peers "117.136.211.165, 62.98.103.21" ok', "117.136.211.165"),
])
def test_other_quoted_addresses_are_still_redacted(red, line, gone):
    assert gone not in redact_line(line, red)


@pytest.mark.parametrize("seed", range(6))
def test_exchanges_tracking_rows_keep_their_servers_and_message_ids(red, seed):
    f = _fake(seed)
    client, server = f.ipv4_private(), f.ipv4_public()
    sender, rcpt, name = f.company_email(), f.company_email(), f.name()
    msg_id = str(f.random_number(digits=10, fix_len=True))
    line = (f"2026-11-28T16:49:12.721Z,{client},EXCH01,{server},EXCH02,08DC178370708221;250 2.6.0,,STOREDRIVER,"
            f"DELIVER,{msg_id},<B986CE72482283CF347E54C583A51D6E@EXCH01.litware.nl>,a1cd31a0-2429-4984-90f4-776589af6494,"
            f"{rcpt},,212734,1,,,Welcome {name}!,{sender},{sender},2026-11-28T16:49:12.721Z;SRV=EXCH01.litware.nl:TOTAL=0,"
            "Originating")
    out = redact_line(line, red)
    for kept in (client, server, msg_id):
        assert kept in out, (kept, out)
    for gone in (sender, rcpt, name):
        assert gone not in out, (gone, out)


@pytest.mark.parametrize("line, gone", [
    # no tracking source word: a row of some other program, whose address stays a person's
    ("2026-11-28T16:49:12.721Z,10.1.2.3,ann-laptop,,,,,,SEND,5221947696", "10.1.2.3"),
    ("2026-11-28T16:49:12.721Z,10.1.2.3,ann-laptop,,,,,LAPTOP,SEND,5221947696", "10.1.2.3"),
])
def test_a_row_that_is_no_tracking_log_keeps_its_address_redacted(red, line, gone):
    assert gone not in redact_line(line, red)


def test_broken_input_keeps_one_line_per_line(red):
    lines = ['1.2.3.4 - - [x] "GET / HTTP/1.1" "117.136.211.165, 62.98', '"GET / HTTP/1.1" "1.2.3.4,\ud800 5.6.7.8"',
             "2026-11-28T16:49:12.721Z,172.26.160.173,EXCH01,\x00,EXCH02,,,SMTP,RECEIVE,", "2026-11-28T16:49Z,", ""]
    assert len(redact_lines(lines, red)) == len(lines)
