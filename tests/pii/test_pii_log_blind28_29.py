"""The categories blind logs 28 (a law firm and its courts) and 29 (a car dealership group and its
workshops) showed in their read halves, each tested on wording and values of its own, both sides:
people's parts in the other languages of our users' logs before a name (Mandant, cliënt, réu,
klient), a title with its period (Hon., Sra., Dott.), a name followed by its bearer's contact
details, a clerk's name the other way round after "entered by", a note's author by login or in
brackets, a dealership's and a court's parties as cues and keys, German phone numbers with a slash,
and plate words in Dutch, Polish and a British MOT."""
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_lines
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, value", [
    ("Akte 12/24: Mandantin Gülşen Yılmazer hat angerufen", "Gülşen Yılmazer"),
    ("Verkehrsunfall, Unfallgegner Hans-Peter Kürschner, Versicherung folgt", "Hans-Peter Kürschner"),
    ("Zaak 2024/77 – cliënt Jorinde van Wezel, dossier compleet", "Jorinde van Wezel"),
    ("citação do réu Caio Vasconcelos expedida", "Caio Vasconcelos"),
    ("Zlecenie 55: klientka Bożena Wróblewska odebrała auto", "Bożena Wróblewska"),
    ("contratto 881 cliente Gianmarco Tedeschi firmato", "Gianmarco Tedeschi"),
    ("hearing moved from Hon. Marisol Quintana to Hon. Derek Whitfield", "Marisol Quintana"),
    ("cita confirmada para Sra. Remedios Aguirre en taller 2", "Remedios Aguirre"),
    ("Salesperson Dwayne Kowalczyk closed deal D-881", "Dwayne Kowalczyk"),
    ("service appointment: Ottilie Brandauer, Tel. 0171/2345678, Lagerplatz A-3", "Ottilie Brandauer"),
    ("Cita de taller: Eusebio Carrasco, móvil 612 34 56 78, asesor Jafet", "Eusebio Carrasco"),
    ("NEF: document filed by Whitaker, Brenda on 3/4/2025", "Whitaker, Brenda"),
    ("CRM note by takeshi_morimoto: customer wants a callback", "takeshi_morimoto"),
    ("[RO-5521] service note (Margaret): replaced the battery", "Margaret"),
    ('{"client_name": "Anaïs Lefebvre", "matter": "2024-FAM-12"}', "Anaïs Lefebvre"),
    ('payor="Priyanka Deshmukh" amount=100', "Priyanka Deshmukh"),
    ('renter=Leopold Wagenknecht mob=+44 7700 900123', "Leopold Wagenknecht"),
    ("Handy: 0152/98765432, bitte zurückrufen", "0152/98765432"),
    ("Dossier 88 – kenteken 5-KXT-93 geregistreerd", "5-KXT-93"),
    ("zlecenie: nr rej. WX 4411K, VIN WVW", "WX 4411K"),
    ("Reminder: your MOT for LD19 XPT is due next week", "LD19 XPT"),
    ("Kennzeichen M-A 12 eingelagert", "M-A 12"),
    ("PS> Set-ADUser -SamAccountName hkowalczyk -Enabled $true", "hkowalczyk"),
    ("Body: I typed my password Nightowl#77 twice and it is locked", "Nightowl#77"),
    ("motion filed by Plaintiff 欧阳娜娜. (clerk)", "欧阳娜娜"),
    ("motion filed by Plaintiff 박서준. (clerk)", "박서준"),
    ("NEF: document filed by Marchetti, Ottavio on 3/4/2025", "Marchetti, Ottavio"),
    ("ticket 12: Jennifer asked whether the loaner is ready", "Jennifer"),
    ("test drive booked; spouse Deborah may join", "Deborah"),
    ("Dossier créé pour Mlle Sidonie Carpentier — tél. fourni", "Sidonie Carpentier"),
    ("邓紫棋,139 1234 5678,沪A12345", "139 1234 5678"),
    ('{"CallbackNumber": "98450 12345", "Plate": "KA01AB1234"}', "98450 12345"),
])
def test_blind28_29_categories_found(red, line, value):
    assert value not in redact_lines([line], red)[0][0]


@pytest.mark.parametrize("line", [
    "Sales Report, tel. field left empty",  # (a report's name before a phone word: dictionary words)
    "Main Street, Tel. 1234",  # (a street)
    "release note (Stable): fixed the crash",  # (a word in brackets after a note: no census given name)
    "comment (Admin): approved",
    "caused by java.io: stream closed",  # (not a person's act)
    "blocked by modsec_crs rule 942100",  # (no two vowels in each part: a rule set's name)
    "deployed by svc_deploy.bot",  # (a service account)
    '{"client_name": "Customer Portal"}',  # (an application's name under a client's key)
    '{"clientName": "Mobile App"}',
    "Satz Sommerreifen 225/45 R17 eingelagert",  # (a tyre size: no phone word before the slash)
    "Rechnung 0012/20245 bezahlt",
    "the MOT test passed on 2024-03-01",  # (no plate after MOT)
    "plate reader v2 restarted",
    "New-ADUser -SamAccountName svc_backup -Path OU=Service",  # (a service account)
    "password reset link sent to the user",  # (words after the word: no password)
    "password hash sha256 mismatch",
    "AH00126: Invalid URI in request GET /..%2f..%2fetc/passwd HTTP/1.1",  # (a path's passwd, a protocol)
    "GET /etc/passwd HTTP/2 blocked",
    "Support asked for the logs",  # (no census given name)
    "customer Support replied",
    "Grace asked for a refund extension",  # (a given name that is a word: grace)
    "订单,2024,3031,已付",  # (a count and a year after a Chinese word and a comma)
])
def test_blind28_29_non_values_stay(red, line):
    assert redact_lines([line], red)[0][0] == line
