"""A version of four parts reads as an address (the thirty-second session): after a short version word the gate
had missed (`app_ver=3.2.10.15`, `fw 1.0.3.12`) and as a program's version in a user agent's product token
(`MyApp/4.1.0.22 (Android 14)`); an address in a path, after a key or a word that is no version's, is still
redacted. Versions and addresses from Faker (an independent generator); lines invented for the tests."""
import faker
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line, redact_lines
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


def _quad(f):
    return ".".join(str(f.random_int(0, 40)) for _ in range(4))


@pytest.mark.parametrize("seed", range(5))
def test_a_four_part_version_stays(red, seed):
    f = faker.Faker()
    f.seed_instance(seed)
    v = _quad(f)
    for line in (f"client started app_ver={v} channel=store", f"device FW-2231 fw {v} online",
                 f"User-Agent: {f.word().capitalize()}App/{v} (Android 14; Pixel 8)",
                 f'ua="Dalvik/2.1.0 (Linux; U; Android 12) okhttp/{v}"'):
        assert v in redact_line(line, red), line


@pytest.mark.parametrize("seed", range(5))
def test_an_address_in_a_path_or_after_a_peer_word_is_still_redacted(red, seed):
    f = faker.Faker()
    f.seed_instance(seed)
    ip = f.ipv4_public()
    for line in (f'"GET /geo/{ip} HTTP/1.1" 200 512', f"peer {ip} connected", f"login from {ip} (Chrome)",
                 f"081110 030942 6646 WARN dfs.DataNode$DataXceiver: {ip}:50010:Got exception while serving blk_1"):
        assert ip not in redact_line(line, red), line


def test_broken_input_keeps_one_line_per_line(red):
    lines = ["app_ver=3.2.10", "MyApp/4.1.0.22\ud800 (", "fw \x001.0.3.12", "/1.2.3.4", ""]
    assert len(redact_lines(lines, red)) == len(lines)
