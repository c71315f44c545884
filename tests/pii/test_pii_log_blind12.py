"""Log categories the twelfth blind labelled log's read half (bench/pii_logs_blind12.py, odd templates:
developer platforms and cloud operations) showed missed or over-redacted. Each case is a category with
both sides asserted, on lines written here, not the set's."""
import pytest

from curate.pii.config import load_policy
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, gone, kept", [
    # who a login command logs in as; a role or an automation account stays
    ("+ docker login -u wangjie88 -p Xk29fLmQ harbor.example.cn", ["wangjie88", "Xk29fLmQ"], ["docker login -u "]),
    ("pg_dump -h db1 -U karen.ostrowski -d billing; mysql -u root -p; mysqldump --user=terraform crm", ["karen.ostrowski"],
     ["-U ", "root", "terraform"]),
    ("sshd[1]: Invalid user matlab from 10.0.0.5", [], ["matlab"]),
    # SQL that creates an account or sets a password; a masked one stays
    ("Query\tCREATE USER 'lijuan'@'%' IDENTIFIED BY 'lantern-tundra-73'", ["lijuan", "lantern-tundra-73"], ["CREATE USER '"]),
    ("statement: ALTER ROLE etl_user WITH LOGIN PASSWORD 'Abc@6307219' VALID UNTIL '2027-06-01';", ["Abc@6307219"],
     ["etl_user", "VALID UNTIL '2027-06-01'"]),
    ("ALTER USER 'app'@'%' IDENTIFIED BY '******'", [], ["'******'"]),
    # a database client's password variable; Redis 6's AUTH user and password; an Oracle thin URL's
    # user and password; a Slack webhook's secret path
    ("+ PGPASSWORD=y4PECeyh81OGVtfa pg_dump -h 10.0.0.1 -U svc_backup", ["y4PECeyh81OGVtfa"], ["svc_backup"]),
    ('1796176180.835774 [0 10.2.3.4:41276] "AUTH" "chenderson" "c8badba165d6d86824e1ce6eec07b0f7"',
     ["chenderson", "c8badba165d6d86824e1ce6eec07b0f7"], ['"AUTH"']),
    ("jdbcUrl=jdbc:oracle:thin:hr_app/A0I0FioR3zFb7@//db:1521/ORCL", ["A0I0FioR3zFb7"], ["hr_app", "//db:1521"]),
    ("POST https://hooks.slack.com/services/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 failed: 404",
     ["lLLqipTyDaCfbWzh0YwKwtmz"], ["T0MX5BLSCU/B0EKVVEZSAT/", "failed: 404"]),
    # a merged branch's owner; a mention; not a team, a package scope, a version pin, a decorator, @all
    ("Merge pull request #9896 from maurice43/fix-flaky-e2e", ["maurice43"], ["/fix-flaky-e2e"]),
    # git log printed with "|": the author's field (a commit hash is the row's evidence); a branch's
    # own prefix after "from" is no owner; places and organisations in such a row stay
    ("Merge: ca7a456 0399d98 | 2025-07-22 | Sarah Young | Merge pull request #2315 from fix/empty-header", ["Sarah Young"],
     ["ca7a456", "from fix/empty-header"]),
    ("a1b2c3d | 2025-07-22 | New York | Red Cross | fix", [], ["New York", "Red Cross"]),
    ("CODEOWNERS -> @colleenh @yunhai/payments-reviewers; npm i @babel/core pkg@1.2.3 @Override @all", ["colleenh"],
     ["@yunhai/payments-reviewers", "@babel/core", "pkg@1.2.3", "@Override", "@all"]),
    # HTTP Basic credentials (base64 of user:password); a word after "basic" that is none stays
    ("send: b'GET / HTTP/1.1\\r\\nAuthorization: Basic dHJ1cHBkOjM2ZDM4NzI5NDUzNDVj\\r\\n' (basic plan, basic auth)",
     ["dHJ1cHBkOjM2ZDM4NzI5NDUzNDVj"], ["Authorization: Basic ", "basic plan"]),
    # a header as a pair in a JSON array (Sentry): the cookie's value, not its name
    ('{"headers":[["Cookie","sessionid=37f898em9sshlxbo930n1paybw6i96zo"],["Host","api.example.io"]]}',
     ["37f898em9sshlxbo930n1paybw6i96zo"], ["sessionid=", "api.example.io"]),
])
def test_twelfth_blind_logs_categories(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # who is on call in an alert; a login after a Chinese role ending in 人 or 员 (pinyin, a census
    # name); a system's account there stays
    ("[FIRING:1] HighErrorRate -- on-call: Na Zou (+49 1512 3458799)", ["Na Zou"], ["on-call: "]),
    ("发布单#50659 发布人 liwu 状态：已完成；推送人 mengz 邮箱", ["liwu", "mengz"], ["发布人 ", "推送人 "]),
    ("操作员：admin 审核人 ci_bot 提交人 matlab 发布人 deploy", [], ["admin", "ci_bot", "matlab", "deploy"]),
    # 值班 as a field's label; a teacher named before the name; 老师傅, 老师们, 值班民警 stay words
    ("飞书告警 | 值班：王建国 | 电话 | [报销] 老师魏楠出差报销", ["王建国", "魏楠"], ["值班：", "老师", "出差报销"]),
    ("老师说今天放假，老师傅来了，老师们好，值班民警到场", [], ["老师傅来了", "老师们好", "值班民警"]),
    # a dotted name written by sound that opens a field with no label; a figure CC-CEDICT lists, a
    # clause that runs into one, a product's dotted name stay
    ("飞书审批通过：热合曼·玉素甫 申请 prod 集群；已升级至 @帕提古丽·阿不力孜", ["热合曼·玉素甫", "帕提古丽·阿不力孜"],
     ["飞书审批通过：", " 申请 prod"]),
    ("他读了 阿尔伯特·爱因斯坦 的书；它由威廉·布莱克所作；型号：小米·青春版 已售", [], ["爱因斯坦", "威廉·布莱克", "小米·青春版"]),
])
def test_roles_and_names_by_sound(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # a key's last part after a colon (Cognito's claims)
    ('{"authorizer.claims.cognito:username":"gautamg","requestTimeEpoch":1796450024389}', ["gautamg"],
     ["cognito:username", "1796450024389"]),
    # who a workflow's step names after what was done, a pair of proper nouns the census lacks; a
    # product, a place, a company, a figure there stay
    ("CODEOWNERS match -> @acme/payments; requested review from Gauri Murty (fallback owner); requested by Klemens Eberhardt)",
     ["Gauri Murty", "Klemens Eberhardt"], ["(fallback owner)", "requested by "]),
    (("approved by GitHub Actions; sent to Microsoft Teams; transferred to Wells Fargo; sent to Hong Kong; "
      "assigned to Sherlock Holmes; reported by Sentry Relay"), [],
     ["GitHub Actions", "Microsoft Teams", "Wells Fargo", "Hong Kong", "Sherlock Holmes", "Sentry Relay"]),
    # a user's id key holding the login itself (a feature flag's context, Node's unquoted keys); a
    # number, an object id, a code, a role account there stay
    ('evaluated new-checkout=true for context {userId: "junli", sessionId: "x"}; {"user_id":"zhang.wei"} userId=petersonm',
     ["junli", "zhang.wei", "petersonm"], ["{userId: ", '{"user_id":"']),
    ("userId=U10023 user_id=usr_TLXOBryrq uid=admin userid=demo user_id=root userId=anonymous uid=1001 userId=ab12cd34",
     [], ["U10023", "usr_TLXOBryrq", "uid=admin", "userid=demo", "user_id=root", "anonymous", "1001", "ab12cd34"]),
    # a secret as a command's argument; a file, a stdin flag, an id stay
    ("tccli configure set secretId AKIDLAJMP1XhHNY5sfP5OQl5ut9sjM4DcoeB secretKey jyWPJds54z5LXya1CbcG5YYt7khJ region gz",
     ["jyWPJds54z5LXya1CbcG5YYt7khJ"], ["region gz"]),
    ("aliyun configure set --access-key-secret Kx8fPq2LmN7vR4tYw9zA --region cn-hangzhou; --client-secret=abcd1234xyz",
     ["Kx8fPq2LmN7vR4tYw9zA", "abcd1234xyz"], ["--region cn-hangzhou"]),
    ("docker login --password-stdin harbor.x.cn; kubectl --token-file /var/run/t", [], ["harbor.x.cn", "/var/run/t"]),
    # a secret's configuration change, its new value; other changes stay
    ("Apollo 配置发布：变更项 redis.password 旧值=****** 新值=R7ahODpeenmK0IqwZylbwPeH releaseKey=20261204063341",
     ["R7ahODpeenmK0IqwZylbwPeH"], ["旧值=******", "releaseKey=20261204063341"]),
    ("变更项 timeout 旧值=30 新值=60", [], ["旧值=30", "新值=60"]),
    # a boss by surname before what they said, as one word of the segmenter's; a team's member and
    # what they do; a department's word that runs on (部门要, 小组成员) stays
    ("【企业微信】@李想 邓总说今晚 23:00 做 Kafka 扩容", ["李想", "邓"], ["总说今晚"]),
    ("转交配送组谢斌处理；财务部王芳审核通过", ["谢斌", "王芳"], ["配送组", "处理", "财务部", "审核通过"]),
    # an engineer by surname (王工), a compound one too, before what they do or a boundary; 工 that
    # opens a word (工作, 工单, 工程队), closes a common one (施工, 童工) or runs into other words stays
    ("审批 东方工 状态：已完成；西门工说今晚扩容；请刘工处理，欧阳工已确认", ["东方", "西门", "刘", "欧阳"],
     ["工 状态", "工说今晚", "工处理", "工已确认"]),
    # a chat's mention of a rare surname's holder or of a compound surname that is also a word;
    # a group, everyone, a unit stay
    ("【企业微信】@仉嘉豪 黄总监说今晚扩容；@东方建国 请确认；@所有人 今晚发布 @全体成员 注意 @运维组 请处理 @东方",
     ["仉嘉豪", "东方建国", "黄"], ["@所有人", "@全体成员", "@运维组", "@东方"]),
    ("李工作认真；东方工业园区；请西门工程队进场；工地施工正常；童工问题；墙上贴着“谷工里骨青", [],
     ["李工作", "东方工业", "西门工程队", "施工", "童工", "谷工里"]),
    ("监管部门要加强，劳动部门应集中，小组成员的组成应体现多样性", [], ["部门要", "部门应", "成员的组成应"]),
])
def test_keys_commands_changes_and_units(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # PostgreSQL's csvlog: the user's field and the message's doubled quotes
    (('2026-12-05 04:51:56.468 UTC,"allisons","payments",15483,"124.186.32.124:42153",6b13986c.3c7b,1,"authentication",'
      '2026-12-05 04:51:56 UTC,3/1188,0,FATAL,28P01,"password authentication failed for user ""allisons""",""'),
     ["allisons"], ['"payments"', "FATAL,28P01"]),
    # MySQL's general log names the account that connects; a GitHub app's account is no one
    ("19042 Connect\tbenjamin.bailey@58.146.206.93 on billing using SSL/TLS", ["benjamin.bailey"], ["on billing"]),
    ('{"actor":"dependabot[bot]","user":"hongmeiyuchi"}', ["hongmeiyuchi"], ["dependabot[bot]"]),
    # a Chinese surname in pinyin after a title; a word after one stays
    ("客户：Ms. Liang / 梁小姐；booked with Dr. Jia; Ms. Sima / 司马小姐", ["Liang", "Jia", "梁", "Sima", "司马"],
     ["Ms. ", "Dr. ", "小姐"]),
    ("Mr. Children concert; Miss Universe; turn Off. Power", [], ["Mr. Children", "Miss Universe", "Off. Power"]),
    # a director by surname; a long dotted name after a mention
    ("发布人 suyulin 审批 诸葛总监 状态：已完成；@阿不都热合曼·艾买提 说", ["诸葛", "阿不都热合曼·艾买提"], ["总监", "状态"]),
])
def test_positions_titles_and_accounts(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_twelfth_blind_log_leaks_and_over_redaction(red):
    """The twelfth log a helper wrote without reading the redactor (bench/pii_logs_blind12.py), another
    seed than the bench's. Unread at ad9dac1: 15.3% of values leaked, 16.6% of decoys redacted (most
    of those servers' addresses); the read half now about 5% and 11%."""
    from bench.pii_logs_blind12 import blind_log12
    from tests.pii.test_pii_log_keys import _leak_rates

    read = [d for d in blind_log12(3000, seed=12) if d["template"] % 2]
    planted, leaked, decoys, lost, r = _leak_rates(red, read)
    assert planted > 3000 and decoys > 2000
    assert leaked <= 0.065, r["leaked"]
    assert lost <= 0.13, r["decoys_redacted"]


def test_malformed_lines_of_these_formats_pass_through_whole(red, tmp_path):
    """Broken shapes of what this set's rules read (a login flag with nothing after it, SQL with an
    unclosed quote, Redis AUTH cut short, a webhook URL cut before its secret, a Basic header whose
    word is no base64, a header pair cut short, a byte that is no UTF-8 in a mention): one line out per
    line in, nothing raised, only values replaced, and the report shows shapes, never a value."""
    from tests.pii.test_pii_log_keys import _through_redact_log

    bad = [b"docker login -u", b"CREATE USER 'ann'@'%' IDENTIFIED BY 'unterminated", b'"AUTH" "',
           b"https://hooks.slack.com/services/T0/B0/", b"Authorization: Basic !!!!!!!!", b'{"headers":[["Cookie",',
           b"@\xffann ping", "发布人 ".encode(), "变更项 redis.password 新值=".encode()]
    stats, out = _through_redact_log(red, tmp_path, bad)
    assert len(out) == len(bad) and "ann" not in str(stats)
    # (the account a CREATE USER names, and an Authorization header's value whatever it holds)
    assert [o for b, o in zip(bad, out) if b != o] == [b"CREATE USER '<PERSON>'@'%' IDENTIFIED BY 'unterminated",
                                                       b"Authorization: Basic <CREDENTIAL>"]
