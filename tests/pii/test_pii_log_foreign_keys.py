"""Keys in the other languages of our users' logs (es, pt, it, fr, de, nl, pl, tr): a person's role or
name part (cliente, Kunde, klant, nazwisko, soyad), another language's word for "name" joined to a
person's head either side (nombre_completo, nom_client, imie_nazwisko, Kundenname, klantnaam), and
phone keys (Telefonnummer, celular). Values drawn from Faker's locales at test time. Both sides: a
product's or a file's name under such a word stays, and a business under a person's key (its legal
form, S.L. or GbR; a group, a foundation; partners' surnames joined by "&") is no one."""
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_lines
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


_NAME_KEYS = ["nombre_completo", "cliente", "Kunde", "Kundenname", "nom_client", "nome_cliente", "naam", "klant",
              "imie_nazwisko", "ad_soyad", "destinatario", "Empfänger", "Ansprechpartner", "paciente", "locataire",
              "Fahrer", "motorista", "médico", "Absender", "expéditeur", "achternaam", "nazwisko", "soyad",
              "voornaam", "imię", "klantnaam", "cliente_nombre"]
_LOCALES = ["es_ES", "de_DE", "fr_FR", "it_IT", "nl_NL", "pl_PL", "tr_TR", "pt_BR"]


def _found(red, lines: list[str], values: list[str]) -> float:
    return sum(v not in o for v, (o, _) in zip(values, redact_lines(lines, red))) / len(values)


# (measured at seed 7, 15 names a key and locale: 0.80-1.00 with these keys, 0.00-0.47 before)
@pytest.mark.parametrize("locale", _LOCALES)
def test_names_under_other_languages_keys(red, locale):
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(41)
    for key in _NAME_KEYS:
        values = [fake.name() if "nazwisko" != key != "soyad" else fake.last_name() for _ in range(12)]
        assert _found(red, [f'{{"{key}": "{v}", "estado": "ok"}}' for v in values], values) >= 0.8, key


@pytest.mark.parametrize("locale", ["de_DE", "it_IT", "pl_PL", "pt_BR"])
def test_phones_under_other_languages_keys(red, locale):
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(43)
    for key in ("Telefonnummer", "celular", "numero_de_telefono", "telefoonnummer"):
        values = [fake.phone_number() for _ in range(12)]
        assert _found(red, [f'{{"{key}": "{v}", "status": "ok"}}' for v in values], values) >= 0.9, key


# (measured at seed 7: companies of these locales under cliente/klant/customer 0.00-0.07 redacted after the
# legal forms, 0.47-1.00 before for es_ES, pl_PL; a company called by one surname, "Sauer", stays
# indistinguishable from a person's and is redacted)
@pytest.mark.parametrize("locale", ["es_ES", "it_IT", "pl_PL"])
def test_companies_under_person_keys_stay(red, locale):
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(47)
    values = [fake.company() for _ in range(30)]
    for key in ("cliente", "customer", "klant"):
        assert _found(red, [f'{{"{key}": "{v}"}}' for v in values], values) <= 0.15, key


@pytest.mark.parametrize("line", [
    '{"nom_produit": "Chaise Oslo", "statut": "ok"}',  # (a product's name: no person's head)
    '{"nombre_producto": "Mesa Lund", "estado": "ok"}',
    '{"nome_file": "Fattura Marzo", "stato": "ok"}',
    '{"firma_adi": "Anadolu Efes", "durum": "ok"}',  # (a company's name)
    '{"cliente": "Calixta Tamayo Puerta S.L."}',  # (a legal form ends it)
    '{"Kunde": "Heser Rohleder GbR"}',
    '{"klant": "van Munster & van der Plas"}',  # (partners joined by "&")
    '{"cliente": "Grupo Manjón S.Com."}',
    '{"klant": "Stichting de Roo"}',  # (a foundation)
])
def test_non_names_under_other_languages_keys_stay(red, line):
    assert redact_lines([line], red)[0][0] == line


@pytest.mark.parametrize("line, value", [
    ('{"name": "Lê Thị Sa"}', "Lê Thị Sa"),  # (a name ending in Sa is no S.A.: short forms only in capitals)
    ('{"nombre_y_apellidos": "Ana Ruiz Gil"}', "Ana Ruiz Gil"),
    ('{"imie_i_nazwisko": "Jan Kowalski"}', "Jan Kowalski"),
])
def test_names_under_joined_keys(red, line, value):
    assert value not in redact_lines([line], red)[0][0]


# Chinese systems' keys by their pinyin's initials (khxm 客户姓名, jbr 经办人, lxdh 联系电话, sfzh 身份证号):
# Faker's zh_CN and zh_TW names 0.00 found under 14 of them before, 1.00 after (seed 7, 20 each)
@pytest.mark.parametrize("locale", ["zh_CN", "zh_TW"])
def test_pinyin_initial_keys(red, locale):
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(53)
    for key in ("xm", "khxm", "hzxm", "lxr", "jbr", "czy", "sqr", "fzr", "yhm"):
        values = [fake.name() for _ in range(10)]
        assert _found(red, [f'{{"{key}": "{v}", "zt": "1"}}' for v in values], values) >= 0.9, key
    for key in ("lxdh", "sjhm", "yddh"):
        values = [fake.phone_number() for _ in range(10)]
        assert _found(red, [f'{{"{key}": "{v}", "zt": "1"}}' for v in values], values) >= 0.9, key


# a business or a place under a person's key, Chinese or pinyin (measured at seed 7: Faker's zh_CN
# companies and cities 0.00-0.10 redacted after, 0.55-1.00 before; zh_TW's cities without a 市 stay
# indistinguishable from names: 台南, 三重)
@pytest.mark.parametrize("line", [
    '{"联系人": "泰麒麟科技有限公司", "zt": "1"}',
    '{"xm": "张家港市", "zt": "1"}',
    '{"jbr": "國中鋼鐵資訊有限公司"}',
    '{"姓名": "呼和浩特市"}',
    '{"czy": "sys_batch"}',
])
def test_business_or_place_under_person_keys_stays(red, line):
    assert redact_lines([line], red)[0][0] == line


# Titles and greetings of the other languages before a surname or a given name (Faker's names of 8
# locales after 14 titles and 12 greetings: 0.00-0.40 found before, 0.80-1.00 after, seed 7). Both
# sides: the addressees that are nobody (customers, teams, friends, the world, offices, kind regards);
# a capitalised word of another language after them is read as a name (Faker's random words there:
# 0.80-0.92, a known limit: messages greet people)
@pytest.mark.parametrize("locale, line", [
    ("de_DE", "Rückruf an Frau {last} erbeten"), ("fr_FR", "rendez-vous confirmé pour M. {last} demain"),
    ("es_ES", "llamar a la Sra. {last} mañana"), ("it_IT", "appuntamento con Sig. {last} lunedì"),
    ("nl_NL", "afspraak met Dhr. {last} bevestigd"), ("pl_PL", "wizyta Pani {last} potwierdzona"),
    ("de_DE", "Sehr geehrte Frau {last}, Ihr Termin"), ("es_ES", "Hola {first}, tu pedido ha sido enviado"),
    ("fr_FR", "Bonjour {first}, votre commande est partie"), ("de_DE", "Hallo {first}, Ihre Bestellung"),
    ("pt_BR", "Olá {first}, seu pedido foi enviado"), ("tr_TR", "Merhaba {first}, siparişiniz kargoda"),
])
def test_other_languages_titles_and_greetings(red, locale, line):
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(59)
    values = [fake.last_name() if "{last}" in line else fake.first_name() for _ in range(20)]
    lines = [line.replace("{last}", v).replace("{first}", v) for v in values]
    assert _found(red, lines, values) >= 0.8


@pytest.mark.parametrize("line", [
    "Liebe Grüße, Ihr Team", "Hallo Team, bitte prüfen", "Bonjour Madame, votre colis", "Hola Amigo, bienvenido",
    "Beste Klant, uw pakket", "Liebe Kunden, wir melden uns", "Herr Doktor, bitte", "Olá Cliente, seu pedido",
    "Merhaba Dünya!", "wizyta Pan Kierownik potwierdzona", "M. Sc. Informatik", "Hallo Zusammen,",
    "Fr. 14:00 Termin", "Pan Am flight 12 delayed",
])
def test_other_languages_addressees_stay(red, line):
    assert redact_lines([line], red)[0][0] == line
