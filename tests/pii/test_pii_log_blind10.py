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
])
def test_tenth_blind_logs_categories(red, line, gone, kept):
    _check(red, line, gone, kept)
