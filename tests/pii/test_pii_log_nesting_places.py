"""Log values placed by structure rather than by a cue word: a login nested in a user object after
other keys (ECS), a place's or a thing's value under its key (ward=, school=), a clinical system's
abbreviated person keys (pt=, NOK=), pinyin logins split by a dot or an underscore, rare surnames and
a role that ends in a title before a surname (班主任曲老师). Each rule is asserted on both sides: the
value goes, the look-alike that is no one's stays. Names come from Faker at test time."""
import random

import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


def test_login_nested_after_sibling_keys(red):
    # ECS's user object with its SID first: the name is still the user's, the host's stays
    line = ('{"host":{"os":{"family":"windows"},"hostname":"ws-11","name":"NB640311"},'
            '"user":{"identifier":"S-1-5-21-2324756887-1798491040-1835057869-3335","name":"feng_ping",'
            '"domain":"CORP","type":"User"}}')
    _check(red, line, ["feng_ping"], ["NB640311", "CORP", "S-1-5-21-2324756887-1798491040-1835057869-3335"])
    # a name two keys into a thing's object is the thing's ("service": {"type": …, "name": …})
    _check(red, '{"service":{"type":"web","version":"2.1","name":"billing-gateway"}}', [], ["billing-gateway"])


@pytest.mark.parametrize("masked", ["<redacted>", "***", "[REDACTED]"])
def test_secure_string_placeholder_kept(red, masked):
    line = f"$pw = ConvertTo-SecureString '{masked}' -AsPlainText -Force"
    _check(red, line, [], [masked])
    _check(red, line.replace(masked, "Aa123456!"), ["Aa123456!"], [])


def test_split_pinyin_logins_in_sshd_lines(red):
    for login in ("yuchi.jiapeng", "xia.pingyu", "murong_hangmin", "ouyang.na"):
        line = (f"Dec 13 21:49:28 sensor-dmz-02 sshd[3763972]: error: maximum authentication attempts exceeded "
                f"for {login} from 10.20.3.4 port 10885 ssh2 [preauth]")
        _check(red, line, [login], ["sensor-dmz-02"])
    # a scanner's guess that is no name stays: only an invalid user's login needs to read as one
    _check(red, "sshd[1]: Invalid user ha_proxy from 10.2.3.4 port 22", [], ["ha_proxy"])


def test_clinical_person_keys_and_place_keys():
    from faker import Faker

    red = Redactor(load_policy("logs", mode="patterns"))
    fake = Faker("en_GB")
    fake.seed_instance(11)
    wards = ["Victoria Ward", "Churchill Ward", "Nightingale Ward", "Florence Ward", "Grant Ward"]
    rng = random.Random(11)
    missed, damaged = [], []
    for _ in range(40):
        pt, nok, ward = fake.name(), fake.name(), rng.choice(wards)
        if "." in pt or "." in nok:  # (titles: "Dr. …" prints the title too)
            continue
        line = (f"04/07/2024 09:26 PAS ADMIT ward={ward} site=Addenbrooke's Hospital pt={pt} "
                f"hospno=R1H2218814 NOK={nok} (daughter) tel 07716 756424")
        out = redact_line(line, red)
        missed += [v for v in (pt, nok) if v in out]
        damaged += [ward] if ward not in out else []
    assert missed == [] and damaged == []
    # a school's name under its key is no person, the student under hers is
    _check(red, 'SchoolMessenger type=ABSENCE school="Roosevelt High School" student="Lisa Allen" dialed=+1 312-460-0631',
           ["Lisa Allen"], ["Roosevelt High School"])
    # pt and nok hold no one when what they hold is a number or a word no name is
    _check(red, "lang=pt&pt=3&nok=0", [], ["pt=3", "nok=0"])


@pytest.mark.parametrize("surname", list("麴仉禤笪郇菅"))
def test_rare_surnames(red, surname):
    from faker import Faker

    fake = Faker("zh_CN")
    fake.seed_instance(ord(surname))
    for _ in range(5):
        name = surname + fake.first_name()
        _check(red, f"【钓鱼演练结果】第2轮 销售一部 {name}（工号 22133493）回复了邮件", [name], ["销售一部", "22133493"])


def test_role_ending_in_title_before_surname(red):
    _check(red, "如有疑问请联系班主任曲老师，电话+86 187 3231 1915", ["曲老师"], ["班主任", "老师"])
    _check(red, "已转副经理许先生处理", ["许先生"], ["副经理", "先生"])
    # a title that closes a name before it does not open one after it: 任 is the verb "serve as"
    _check(red, "成立了中共太岳特委，安子文同志任书记", [], ["任书记"])


@pytest.mark.parametrize("line, gone, kept", [
    # SAP's IDoc fields: the name's part after NAME_
    ("BP 1078904682 created, NAME_FIRST=Nicolas NAME_LAST=Leduc status 53", ["Nicolas", "Leduc"], ["1078904682"]),
    # Stripe's billing details name the payer; a file's details name a file
    ('type=charge.succeeded billing_details.name="Sanya Bains" amount=999', ["Sanya Bains"], ["999"]),
    ('{"file_details.name": "report.pdf", "name_space": "prod"}', [], ["report.pdf", "prod"]),
    # State Grid's consumer name, percent-encoded in a query and in an SQL predicate
    ("GET /h5/bill/query?consNo=3209673605&consName=%E9%82%A3%E4%BB%81%E5%9B%BE%E9%9B%85 HTTP/1.1",
     ["%E9%82%A3%E4%BB%81%E5%9B%BE%E9%9B%85"], ["3209673605"]),
    ("Query\tSELECT cons_no, cons_name FROM c_cons WHERE cons_name = '方平' AND mobile = '15068229950' LIMIT 1",
     ["方平", "15068229950"], ["cons_name", "LIMIT 1"]),
    ("UPDATE users SET email = 'ann@x.org' WHERE status = 'OPEN' AND city LIKE 'Par%'", ["ann@x.org"], ["OPEN", "Par%"]),
    # a utility's account and meter numbers are ids, not phones
    ("电子账单已发送 户号=2407357213 表号=004952927730 账期=202611", [], ["2407357213", "004952927730"]),
    # a staff number and its holder's name; a department's code and its name stay
    ("callin dnis=400-889-5598 agent=5479/司马玉红 ucid=0000852 dept=0571/营销部", ["司马玉红"], ["5479/", "0571/营销部"]),
    # a role's key before a Chinese name; before a word it is no one
    ("[moderation] reason=引流 handler=薄辉 action=mute_24h", ["薄辉"], ["handler="]),
    ("handler=成功 handler=北京", [], ["成功", "北京"]),
    # logins after a role word, quoted after "account", with an id after "user"
    ("vehicle checked in at depot by driver francis.adams", ["francis.adams"], ["depot"]),
    ("data export for account 'tzhang' delivered (869 MB)", ["tzhang"], ["869 MB"]),
    ("[mod-bot] user nvang (id 530632704457705958) reported", ["nvang"], ["530632704457705958"]),
    ("loaded by user config.yaml; account 'default' used; handled by driver nvidia.ko", [],
     ["config.yaml", "default", "nvidia.ko"]),
    # game servers' players: the Source engine's and BattlEye's
    ('L 12/06/2026 - 00:30:47: "liu_li<62><[U:1:1570882118]><>" connected', ["liu_li"], ["<62>"]),
    ("BattlEye Server: Verified GUID (fc2ea51a401d3c733c86e47b19e0c3a3) of player #3 wang_jing", ["wang_jing"],
     ["fc2ea51a401d3c733c86e47b19e0c3a3"]),
    # Discord's webhook token is the secret; the channel's id stays
    (("POST https://discord.com/api/webhooks/7036971179446600675/8NQXMuxD2Ntzmtke0eQvVW_27Mnp_3utUrUcsCuMaBoJqyi6SK_haTe8kn_dpsv"
     " -> 429"), ["8NQXMuxD2Ntzmtke0eQvVW_27Mnp_3utUrUcsCuMaBoJqyi6SK_haTe8kn_dpsv"], ["7036971179446600675"]),
    # a password the program masked, percent-encoded, stays as printed
    ('dsn="postgres://game_rw:%2A%2A%2A@10.53.189.154:5432/payouts"', [], ["%2A%2A%2A", "game_rw"]),
    ("url=redis://:%3Credacted%3E@172.24.181.60:6379/0", [], ["%3Credacted%3E"]),
    # plates under a van's key and a US plate printed with its state; a model and a fleet id stay
    ("dispatched crew=NW-East-2 van=RP25 HWZ eta=00:13", ["RP25 HWZ"], ["NW-East-2"]),
    ("fleet-svc INFO vehicle 7ZEC091 (TX) checked in", ["7ZEC091"], ["(TX)"]),
    ("van=Transit truck=F150 vehicle V1234 offline", [], ["Transit", "F150", "V1234"]),
    # a game's player under its key
    ('booking confirmed player="Christophe Albert" flight=AF270', ["Christophe Albert"], ["AF270"]),
    # the business's end of a contact stays, the customer's goes
    (('{"CustomerEndpoint":{"Address":"+15062393226","Type":"TELEPHONE_NUMBER"},'
     '"SystemEndpoint":{"Address":"+18885559118","Type":"TELEPHONE_NUMBER"}}'), ["+15062393226"], ["+18885559118"]),
    # a login after "for account", unquoted before a bracket; a plate an ANPR camera read whole
    ("password reset link sent to stephanie.wyatt@gmx.de for account whan (https://portal.example.org/reset)", ["whan"],
     ["for account"]),
    ("quota exceeded for account default (limit 5)", [], ["default"]),
    ('anpr cam-1 read "5XAV480" conf=0.91 lot=Staff', ["5XAV480"], ["conf=0.91"]),
    # PostgreSQL's %u@%d prefix: a person's login, not a role's
    ("2026-12-07 01:09:28.652 UTC [32659] joana@payments LOG:  statement: SELECT 1", ["joana"], ["payments"]),
    ("2026-12-07 01:09:28.652 UTC [32659] postgres@payments LOG:  checkpoint starting", [], ["postgres@payments"]),
    ("2026-12-07 01:09:28.652 UTC [1] shop_app@shop LOG:  duration: 3 ms", [], ["shop_app@shop"]),
    # a gamer tag is no one's name; a player's login of a name is
    ('L 09/19/2025 - 21:06:24: "LavaLord13<12><STEAM_1:1:14575569><>" connected', [], ["LavaLord13"]),
    # a bare name column in SQL names a product as often as a person
    ("UPDATE products SET name = 'Widget Pro' WHERE title = 'Spring sale'", [], ["Widget Pro", "Spring sale"]),
    # GitLab's audit target: a member's name when the target is a member, a project's path otherwise
    ('{"author_name":"Oviya Palan","target_type":"ProjectMember","target_details":"Fang Lei","ip":"1"}',
     ["Fang Lei", "Oviya Palan"], ["ProjectMember"]),
    ('{"target_type":"Project","target_details":"infra-live"}', [], ["infra-live"]),
    # a user id that is the local part of an e-mail address on the line is that person's login
    ('evaluated for context {userId: "yem", properties: {email: "yem@acme-pay.com"}}', ["yem@acme-pay.com", '"yem"'], []),
    ('evaluated for context {userId: "svc", properties: {email: "ops@acme-pay.com"}}', [], ['"svc"']),
    # names in an Indic script, greeted and as an address's display name; a quoted phrase alone stays
    ('resp="Dear काशी शाह, your balance is NGN 39,827.97."', ["काशी शाह"], ["Dear"]),
    ('new subscription anita_iyer@outlook.com ("सिद्धार्थ चोधरी") via web', ["सिद्धार्थ चोधरी"], ["via web"]),
    ("""Registration from '"मोहन खत्री" <sip:993@pbx.contoso.com>' failed""", ["मोहन खत्री"], ["sip:993"]),
    ('banner text="नमस्ते दुनिया" shown', [], ["नमस्ते दुनिया"]),
    # IIS's cs-username; anonymous and service accounts stay
    ("2026-12-06 15:04:53 172.17.218.147 POST /account/reset.aspx - 8443 haojing2008 73.162.74.188 Mozilla/5.0 - 200 0 0 482",
     ["haojing2008"], ["172.17.218.147", "8443"]),
    ("2026-12-06 15:04:53 172.17.218.147 GET /index.html - 443 CORP\\svc_backup 73.162.74.188 Mozilla/5.0 - 200 0 0 4",
     [], ["svc_backup"]),
])
def test_structured_people_and_ids(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_platform_roles_zh(red):
    from faker import Faker

    fake = Faker("zh_CN")
    fake.seed_instance(23)
    for role, tpl in (("选手", "[esports-ops] 选手 {} 年度体检报告已上传"), ("主播", "[anchor-sign] 签约审核通过 主播={} 公会=遥望网络"),
                      ("玩家", "[客服] 玩家 {} 来电 反映储值未到账")):
        for _ in range(6):
            name = fake.name()
            _check(red, tpl.format(name), [name], [role])
    # a word the segmenter does not know beside a phone is no name: 储值 "stored value"
    _check(red, "客户 蔡雨霏 來電 +886-912-345-403 反映儲值未到帳", ["蔡雨霏"], ["儲值"])


@pytest.mark.parametrize("line, gone, kept", [
    # a name written by sound with a middle dot, glued to the preposition, role or label before it
    ("[工单 TS20261205-3671] 由帕尔哈提·吐尔逊处理 → escalated", ["帕尔哈提·吐尔逊"], ["由", "处理"]),
    ("[报销] 老师古丽娜扎尔·吐尔洪出差报销 Z7967", ["古丽娜扎尔·吐尔洪"], ["老师", "出差报销"]),
    ("用户阿卜杜拉·艾山登录失败", ["阿卜杜拉·艾山"], ["用户", "登录失败"]),
    # after a verb only with a title after the name
    ("候选人武杨已通过热依拉·吐尔逊副主任医师面试", ["热依拉·吐尔逊"], ["已通过", "副主任医师面试"]),
    ("已通过故宫·太和殿主任", [], ["故宫·太和殿"]),
    # a figure's dotted name, a place's and a brand's stay
    ("他读了列夫·托尔斯泰的小说", [], ["列夫·托尔斯泰"]),
    ("故宫·太和殿 门票 小米·红米手机", [], ["故宫·太和殿", "小米·红米"]),
    # the heads of a station, a shop or a team before a surname's title
    ("[网点反馈] 网点主管 刘站长: 快递员 刘旭(17620481455)", ["刘站长", "刘旭"], ["网点主管", "站长"]),
    ("派出所长期以来 全队长途跋涉 司机班班长", [], ["派出所长期", "全队长途", "司机班班长"]),
])
def test_dotted_names_and_heads(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # WeCom's callback fields in CDATA: the user's login and name go, the corp's and app's ids stay
    (("<xml><ToUserName><![CDATA[ww0df930c7feb2cc46]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>"
     "<UserID><![CDATA[zhaoting76]]></UserID><Name><![CDATA[李峰]]></Name></xml>"), ["zhaoting76", "李峰"],
     ["ww0df930c7feb2cc46", "sys"]),
    ("<xml><ToUserName><![CDATA[gh_3a1b2c3d4e5f]]></ToUserName></xml>", [], ["gh_3a1b2c3d4e5f"]),
    # bots' webhook keys: WeCom's and Feishu's
    ("url=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=9967ce70-0602-4f54-a6a3-02288024507b errcode=93000",
     ["9967ce70-0602-4f54-a6a3-02288024507b"], ["errcode=93000"]),
    ("POST https://open.feishu.cn/open-apis/bot/v2/hook/2d6c5a1e-8f3b-4c2a-9e7d-1b2c3d4e5f60 ok",
     ["2d6c5a1e-8f3b-4c2a-9e7d-1b2c3d4e5f60"], ["bot/v2/hook/"]),
    # WhatsApp's metadata: the business's display number stays, the customer's wa_id goes
    (('{"metadata":{"display_phone_number":"13033004029","phone_number_id":"612752"},'
     '"contacts":[{"profile":{"name":"Ann Lee"},"wa_id":"14155550123"}]}'), ["14155550123", "Ann Lee"], ["13033004029"]),
    # a segment's name under "name" is a title, not a person's; names in any case stay names
    ('cdp.segments recompute name="Ford accounts - renewal Q1" members=59755', [], ["Ford accounts - renewal Q1"]),
    ('name="Maria de la Cruz" name="john smith"', ["Maria de la Cruz", "john smith"], []),
])
def test_callbacks_bots_and_titles(red, line, gone, kept):
    _check(red, line, gone, kept)
