"""An account provisioned for a person names them (the thirty-second session): PowerShell's user cmdlets
(`New-ADUser -Name "易宁" -GivenName "宁" -Surname "易"`, `Set-ADUser -DisplayName`, `New-LocalUser`) and
the GECOS field of useradd, usermod and adduser (`-c "Ann Lee"`, `--gecos "Ann Lee,,,"`) hold the person's
name, whatever the name's script or how rare it is; a variable, an empty value, another cmdlet's -Name (a
process's, a group's) and another command's -c stay. Names are Faker's (an independent generator) in four
locales; the command lines are invented for the tests."""
import faker
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line, redact_lines
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("locale", ["zh_CN", "en_US", "de_DE", "pl_PL"])
def test_a_provisioned_accounts_name_is_redacted(red, locale):
    f = faker.Faker(locale)
    f.seed_instance(7)
    for _ in range(6):
        name = f.name()
        for line in (f'PS> New-ADUser -SamAccountName u{f.random_int(100, 999)} -Name "{name}" -Path "OU=Staff,DC=firm,DC=local"',
                     f'PS> Set-ADUser -Identity u1 -DisplayName "{name}"',
                     f'sudo useradd -m -c "{name}" -s /bin/bash u{f.random_int(100, 999)}',
                     f'adduser --gecos "{name},,," u1'):
            out = redact_line(line, red)
            assert name not in out, out


@pytest.mark.parametrize("line", [
    "PS> New-ADUser -Name $name -GivenName $first -Enabled $true",
    'PS> Get-Process -Name "chrome" | Stop-Process',
    'tar -c "backup" /srv/data',
    'PS> New-ADUser -Name "" -Path "OU=Staff"',
    'PS> New-ADGroup -Name "Finance Team" -GroupScope Global',
    'sudo bash -c "useradd -m -s /bin/bash"',  # a shell's -c holds the command, not a name
    "ssh host sh -c 'adduser --disabled-password'",
])
def test_other_names_and_commands_stay(red, line):
    assert redact_line(line, red) == line


def test_broken_input_keeps_one_line_per_line(red):
    lines = ['New-ADUser -Name "易', "useradd -c \ud800 x", 'adduser --gecos "\x00,,," x', "New-ADUser -Name", ""]
    assert len(redact_lines(lines, red)) == len(lines)
