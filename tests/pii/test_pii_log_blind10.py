"""Log categories the tenth blind labelled log's read half (bench/pii_logs_blind10.py, odd templates:
security operations and identity — Windows and Sysmon event XML, firewalls, VPNs, identity providers,
auditd, credential dumps, Chinese security products and incident notes) showed missed or damaged.
Each case is a category with both sides asserted, on lines written here, not the set's."""
import pytest

from curate.pii.config import load_policy
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, gone, kept", [
    # Windows' event XML: a Data element's Name attribute names a field (every one was redacted as a
    # person's name before), the element's text is that field's value; qualified user-name keys
    (("<Event><System><Provider Name='Microsoft-Windows-Security-Auditing'/><Channel>Security</Channel></System>"
      "<EventData><Data Name='SubjectUserName'>-</Data><Data Name='TargetUserName'>okoro.ada</Data>"
      "<Data Name='UtcTime'>2026-12-10 05:57:10.321</Data><Data Name='LogonType'>3</Data></EventData></Event>"),
     ["okoro.ada"], ["Name='Microsoft-Windows-Security-Auditing'", "Name='UtcTime'", "Name='LogonType'>3<"]),
    ('{"userDisplayName": "Ingrid Solberg", "appDisplayName": "Azure Portal"}', ["Ingrid Solberg"], ["Azure Portal"]),
    ('<Person Name="Ada Okoro" role="owner"/>', ["Ada Okoro"], ['role="owner"']),
    # a Windows account as DOMAIN\user (a firewall's column, DLP's sender, a PowerShell credential
    # JSON-escaped); paths, registry keys, role and machine accounts, escapes stay
    ("2026/12/04,Allow-Web,acme\\okoro_ada,,ms-rdp", ["okoro_ada"], ["acme\\", ",,ms-rdp"]),
    ("sender=ACME\\dsolberg42|recipients=x", ["dsolberg42"], ["sender=ACME\\"]),
    ("PSCredential('ACME\\\\hkovacs', $pw)", ["hkovacs"], ["PSCredential('ACME"]),
    (("C:\\Windows\\System32\\cmd.exe HKLM\\SOFTWARE\\Microsoft NT AUTHORITY\\SYSTEM CORP\\administrator "
      "CORP\\svc-backup HOST\\WS01$ -Force\\nGet-ChildItem"), [],
     ["System32", "SOFTWARE", "SYSTEM", "administrator", "svc-backup", "WS01$", "nGet-ChildItem"]),
    # credential dumps: a Kerberos key, the NT half after the empty LM constant; PowerShell's plain secret
    ("CORP.LOCAL\\okoro.ada:aes256-cts-hmac-sha1-96:" + "cb4e" * 16, ["okoro.ada", "cb4e" * 16], ["aes256-cts-hmac-sha1-96:"]),
    ("CORP\\hkovacs:1107:aad3b435b51404eeaad3b435b51404ee:271b0ca390cadf3d361ffb9caec9df7c:::",
     ["271b0ca390cadf3d361ffb9caec9df7c"], ["aad3b435b51404eeaad3b435b51404ee"]),
    ("$pw = ConvertTo-SecureString 'Qx7!mPa2' -AsPlainText -Force", ["Qx7!mPa2"], ["-AsPlainText -Force"]),
    # RADIUS's rejected cleartext password; Cisco ASA's spaced separators; sshd's tried logins that
    # read as names (a scanner's dictionary words stay)
    (('Login incorrect (pap: Cleartext password "Zq9-x!mP" does not match "known good" password): [okoro.ada/Zq9-x!mP] '
      "(from client sw-core-02 port 31)"), ["Zq9-x!mP", "okoro.ada"], ["sw-core-02"]),
    ("%ASA-4-113019: Group = GP-Staff, Username = dsolberg, IP = 10.0.0.5, Session disconnected.", ["dsolberg"],
     ["Group = GP-Staff"]),
    ("sshd[1]: maximum authentication attempts exceeded for ingrid.solberg from 10.0.0.5 port 22 ssh2", ["ingrid.solberg"],
     ["port 22"]),
    ("sshd[1]: Invalid user matlab from 10.0.0.5 sshd[2]: Invalid user redhat from 10.0.0.6", [], ["matlab", "redhat"]),
    # auditd's account; a login that is an initial and a surname; a dump's cleartext password; a
    # machine's name nested as ECS nests a user's; placeholders under the account key stay
    ('msg=\'op=PAM:authentication acct="okoro" exe="/usr/sbin/sshd" acct="(unknown)" acct="root"',
     ["okoro"], ['acct="(unknown)"', 'acct="root"']),
    ("sshd[9]: maximum authentication attempts exceeded for jquinn from 10.0.0.5 port 22 ssh2", ["jquinn"], []),
    ("CORP.LOCAL\\hkovacs:CLEARTEXT:Welcome!888", ["hkovacs", "Welcome!888"], [":CLEARTEXT:"]),
    ('{"host":{"name":"NB641414"},"user":{"name":"feng_ping"}}', ["feng_ping"], ["NB641414"]),
    # Chinese: a boss addressed by surname (总, not where it opens a word), a whole name before a
    # bracket holding its id or number, a login in brackets after a name
    ("请林总注意查收；冒充其领导“范总”添加微信", ["林", "范"], ["总注意", "“", "总”"]),
    # (总经理 is a title of its own: 李 before it is the surname it addresses)
    ("金总额为100元，他总结了经验，李总经理到场，余总是迟到", ["李总经理"], ["金总额", "总结", "总经理到场", "余总是"]),
    ("第2轮 法务部 任雪琳（工号 42087158）打开了附件；您的账号 贾涵鹏（155****2240）于昨日登录",
     ["任雪琳", "贾涵鹏"], ["（工号 42087158）", "法务部 "]),
    ("会议室 张江（1203） 订单 王府井（12345678）店", [], ["张江", "王府井"]),
    ("[统一身份认证] 用户 马磊霞(maleixia) 连续5次密码错误；系统(linux) 版本", ["马磊霞", "maleixia"], ["(linux)"]),
    # pairs inside a quoted value (auditd's msg='…'); Windows commands' password arguments; WordPress's
    # login form; a session id in a URL; a secret's value ends at the next parameter whatever its key
    ("type=USER_AUTH msg=audit(1.2:3): pid=1 uid=0 msg='op=PAM:authentication acct=\"okoro\" exe=\"/usr/sbin/sshd\" res=success'",
     ["okoro"], ['exe="/usr/sbin/sshd"', "res=success"]),
    ("net use \\\\fs01\\finance /user:ACME\\hkovacs Qk&m8I8/%I!0; schtasks /create /ru ACME\\svc-backup /rp Gm#4#5_TTW",
     ["hkovacs", "Qk&m8I8/%I!0", "Gm#4#5_TTW"], ["svc-backup", "/user:ACME"]),
    ('"url":"/wp-login.php?log=okoro_ada&pwd=Summer%21888%23&wp-submit=Log+In"', ["okoro_ada", "Summer%21888%23"],
     ["&wp-submit=Log+In"]),
    ("/portal/download.do?file=Q4.xlsx&sid=BB73A38E7AAD9A112AECEDE3390D9AB4 jdbc:oracle:thin:@db:1521?sid=ORCL /view?log=debug",
     ["BB73A38E7AAD9A112AECEDE3390D9AB4"], ["sid=ORCL", "log=debug"]),
    # a session's cache key holds the session id; a key's name that only starts with "token" stays
    ('"SET" "session:gnglubnq4wfqd8eg07irtaux2j" "EX" "3600"; GET sess:9f2c8a7b6d5e4f3a2b1c',
     ["gnglubnq4wfqd8eg07irtaux2j", "9f2c8a7b6d5e4f3a2b1c"], ['"SET" "session:', "GET sess:"]),
    ("token_expired_at_1700000000 cache key user:6e0d0eb1e651171de230ffbce5856cfa", [],
     ["token_expired_at_1700000000", "user:6e0d0eb1e651171de230ffbce5856cfa"]),
    # a mail queue's id after the program's tag is no phone, all decimal digits or not
    ("Mar 18 10:15:30 mail01 postfix/smtp[31744]: 3330393042: to=<gnguyen@example.org>, relay=mx.example.org[10.0.0.9]:25",
     ["gnguyen@example.org"], ["3330393042: to="]),
    # identity providers' objects: a user's display name, not an application's or a group's; a login
    # after a spaced label; a full name unquoted under a person's key
    (('{"actor":{"type":"User","displayName":"Kwame Mensah"},"target":[{"type":"AppInstance","displayName":"Salesforce"},'
      '{"type":"PublicClientApp","displayName":"Okta Admin Console"}]}'), ["Kwame Mensah"], ["Salesforce", "Okta Admin Console"]),
    ("GlobalProtect gateway user authentication failed. Login from: 10.0.0.5, User name: kmensah, Auth type: LDAP",
     ["kmensah"], ["Auth type: LDAP"]),
    ("EDR alert: process powershell.exe on WS-1234 (user: Kwame Mensah); user: admin Logged in; user=Build Server",
     ["Kwame Mensah"], ["user: admin Logged in", "Build Server"]),
])
def test_tenth_blind_logs_categories(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_tenth_blind_log_leaks_and_over_redaction(red):
    """The tenth log a helper wrote without reading the redactor (bench/pii_logs_blind10.py), another
    seed than the bench's. Unread at e12a89f: 18.4% of values leaked, 17.6% of decoys redacted (most
    of them servers' addresses and role mailboxes, which the redactor reads as personal); the read
    half now about 4%."""
    from bench.pii_logs_blind10 import blind_log10
    from tests.pii.test_pii_log_keys import _leak_rates

    data = blind_log10(3000, seed=10)
    read = [d for d in data if d["template"] % 2]
    planted, leaked, decoys, lost, r = _leak_rates(red, read)
    assert planted > 2500 and decoys > 2000
    assert leaked <= 0.06, r["leaked"]
    assert lost <= 0.15, r["decoys_redacted"]


def test_malformed_lines_of_these_formats_pass_through_whole(red, tmp_path):
    """Broken shapes of what this session's rules read (an XML field never closed, a domain with no
    user, a dump line cut short, a bracket never closed after a name, a dotted name with nothing after
    its dot, a pipe record of empty fields, a plate word at the line's end, bytes that are not UTF-8):
    one line out per line in, nothing raised, only values replaced."""
    from tests.pii.test_pii_log_keys import _through_redact_log

    bad = [
        b"<Data Name='TargetUserName'>okoro.ada",                 # an XML field never closed
        b"sender=ACME\\ recipients=x",                              # a domain with no user
        b"CORP\\jdoe:aes256-cts-hmac-sha1-96:",                     # a dump line cut short
        "法务部 任雪琳（工号 4208".encode(),                          # a bracket never closed
        "受送达人：热依· 送达".encode(),                               # a dotted name with nothing after its dot
        b"DMV|||||DOB|",                                            # a pipe record of empty fields
        b"Susp veh plate",                                          # a plate word at the line's end
        b"\xff\xfeacct=\"\x80\" Username = \xc3",                    # bytes that are no UTF-8
    ]
    stats, out = _through_redact_log(red, tmp_path, bad)
    changed = [o for b, o in zip(bad, out) if b != o]
    # only values: what the sender key holds (a domain alone is still its value), the dump's user; an
    # XML field never closed, a bracket never closed, a dot with no name after it read nothing
    assert changed == [b"sender=<PERSON> recipients=x", b"CORP\\<PERSON>:aes256-cts-hmac-sha1-96:"], changed
    assert stats["lines_changed"] == 2
