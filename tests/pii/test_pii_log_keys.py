"""Log categories a blind labelled log (bench/pii_logs_blind.py, written without reading the
redactor) showed missed or damaged: keys in every case style and compound keys, headers printed
inside a dict, logins in sudo/su/MySQL/systemd lines, masked values, Chinese key=value pairs, Latin
names after Chinese labels, enumerations. Each case is a category with both sides asserted, on lines
written here, not the set's."""
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


def _gone_and_kept(red, line, gone, kept):
    out = redact_line(line, red)
    assert [v for v in gone if v in out] == []
    assert [v for v in kept if v not in out] == []


def _kept(red, line, *values):
    out = redact_line(line, red)
    return [v for v in values if v in out]


@pytest.mark.parametrize("line, gone, kept", [
    # camelCase keys are the snake_case ones: an order id under orderId is no card, a name under customerName is a name
    ('{"orderId":"4024007198964305","customerName":"Ruth Okafor","latencyMs":13800138000}',
     ["Ruth Okafor"], ["4024007198964305", "13800138000"]),
    # a compound key's last part names its type
    ("GET /pwreset?reset_token=Zq81LmR0vT4kPw9sXc2B&lang=en", ["Zq81LmR0vT4kPw9sXc2B"], ["lang=en"]),
    ('{"csrfToken":"a9f3c2e1b7d64f0e","contactEmail":"r.okafor@example.net","invitedBy":"okafor.r"}',
     ["a9f3c2e1b7d64f0e", "r.okafor@example.net", "okafor.r"], []),
    ("tokens used max_tokens=1024 token_type=Bearer", [], ["max_tokens=1024", "token_type=Bearer"]),
    # a service or bot account under a person's key is no one
    ("audit actor=svc-billing-sync action=update created_by=release-bot", [], ["svc-billing-sync", "release-bot"]),
    # a logger's name before the pair, an empty pam field before the next
    ("INFO billing.payout: payee=\"Hannah Whitfield\" amount=12.50", ["Hannah Whitfield"], ["billing.payout"]),
    ("pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 ruser= rhost=gw.example.org",
     [], ["uid=0", "rhost=gw.example.org"]),
])
def test_keys_in_every_style(red, line, gone, kept):
    _gone_and_kept(red, line, gone, kept)


def test_headers_printed_as_a_dict_and_session_cookies(red):
    line = ("DEBUG send headers={'Accept': '*/*', 'Cookie': 'PHPSESSID=9c1b2a7f3e4d5c6b; lang=de', "
            "'X-Api-Key': 'k_93kd8f0s9d8f7g6h'}")
    out = redact_line(line, red)
    assert "9c1b2a7f3e4d5c6b" not in out and "k_93kd8f0s9d8f7g6h" not in out
    assert "'Accept': '*/*'" in out and out.endswith("'}")
    assert "c0ffee12beef3456" not in redact_line("Set-Cookie: connect.sid=c0ffee12beef3456; Path=/", red)


def test_logins_where_sudo_su_mysql_and_systemd_print_them(red):
    lines = {
        "Mar  2 10:01:02 db1 sudo:   kpatel : TTY=pts/3 ; PWD=/home/kpatel ; USER=root ; COMMAND=/bin/ls": "kpatel",
        "Mar  2 10:01:09 db1 su[4411]: (to postgres) mnovak on pts/2": "mnovak",
        "2026-03-02T10:01:11Z 12 [Note] Access denied for user 'lwong'@'10.8.0.3' (using password: YES)": "lwong",
        "Mar  2 10:02:00 db1 systemd-logind[733]: New session 52 of user tbrennan.": "tbrennan",
    }
    for line, login in lines.items():
        out = redact_line(line, red)
        assert login not in out, line
    out = redact_line("Mar  2 10:01:02 db1 sudo:   kpatel : TTY=pts/3 ; PWD=/home/kpatel ; USER=root", red)
    assert "PWD=/home/<" in out and "USER=root" in out  # a working directory, not a password
    assert "CREDENTIAL" not in out
    for line in ("worker 3 waiting for user input", "session opened for user root by (uid=0)",
                 "Mar  2 10:01:09 db1 su[4411]: (to root) root on pts/2"):
        assert redact_line(line, red) == line
    assert "/x9" not in redact_line("login pwd=/x9 ok", red)  # pwd in lower case stays a password


def test_masked_values_and_numbers_in_groups_under_their_keys(red):
    assert redact_line("Declined pan=401200******1881 reason=51", red) == "Declined pan=401200******1881 reason=51"
    assert redact_line("sms to 手机=139****1234 ok", red) == "sms to 手机=139****1234 ok"
    assert _kept(red, "charge card=4111 1111 1111 1111 ok", "1111") == []


def test_user_agent_tokens_are_no_phone_word(red):
    line = ('203.0.113.9 - - [02/Mar/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 512 "-" '
            '"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Mobile/15E148 Safari/604.1" 4402917')
    assert redact_line(line, red).endswith('Safari/604.1" 4402917')
    assert "4402917" not in redact_line("please call my mobile 440 2917 today", red)


@pytest.mark.parametrize("line, gone, kept", [
    ("2026-03-02 10:00:00 入库扫描 站点=杭州西湖 配送员=蒋海涛 单号=YT8823001", ["蒋海涛"], ["杭州西湖", "YT8823001"]),
    ("巡检结果：状态=正常 结论=合格", [], ["正常", "合格"]),
    ("【退款】收款人 Hans Müller，金额 EUR 120.00", ["Hans Müller"], ["EUR 120.00"]),
    ("旅客 WANG/LEI 办理值机，座位 32A", ["WANG/LEI"], ["32A"]),
    ("分析运动员 Lionel Messi 的职业成就。", [], ["Lionel Messi"]),
    ("值日生：赵小刚、钱丽、孙建军。", ["赵小刚", "钱丽", "孙建军"], ["值日生"]),
    ("购买了苹果、香蕉、黄山毛峰。", [], ["苹果", "香蕉", "黄山毛峰"]),
    ("他站到了原告席上。", [], ["原告席上"]),
])
def test_chinese_keys_latin_names_and_lists(red, line, gone, kept):
    _gone_and_kept(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # logins where Windows, PostgreSQL, app loggers and Chinese account lines print them
    ("EventID=4624 An account was successfully logged on. Account Name: mkhan Account Domain: CORP",
     ["mkhan"], ["CORP"]),
    ("Account Name: WKS-0192$ Account Domain: CORP", [], ["WKS-0192$"]),
    ('FATAL:  password authentication failed for user "dlee07" (client 10.9.8.7)', ["dlee07"], []),
    ("WARNING - Failed login for 'Priya Raman' from 10.9.8.7", ["Priya Raman"], []),
    ("MFA enrollment completed for user li_na method=totp", ["li_na"], ["method=totp"]),
    ("ProfileService : User wang.qiang updated shipping contact", ["wang.qiang"], ["ProfileService"]),
    ("the user config.yaml was read; User settings updated", [], ["config.yaml", "User settings"]),
    ("账号 li.xiaoming 重置密码成功", ["li.xiaoming"], []),
    ("会员 VIP 等级提升", [], ["VIP"]),
    ('{"actor": {"login": "kwalsh2"}, "result": {"login": "success"}}', ["kwalsh2"], ["success"]),
    # a DSN's role account stays beside its password; a person's login goes with it
    ("dsn=mysql://app_rw:Tz8!kq2@db1:3306/shop", ["Tz8!kq2"], ["app_rw"]),
    ("dsn=postgres://mlopez:Tz8!kq2@db1:5432/x", ["mlopez", "Tz8!kq2"], []),
    # an escaped line break ends a header in a one-line request dump
    (r"> Cookie: sid=0a9b8c7d6e5f\r\n> X-Request-Id: 3f2b1c9e-77aa-4d0e-9c1b-5a6d7e8f9a0b\r\n> Content-Length: 512",
     ["0a9b8c7d6e5f"], ["3f2b1c9e-77aa-4d0e-9c1b-5a6d7e8f9a0b", "512"]),
    # a Chinese id key names the number after it, even after a phone key
    ("短信下发 手机号=13912345678 批次号=20991234567", ["13912345678"], ["20991234567"]),
    ("登录失败（输入密码 Xk9#p2Lq）", ["Xk9#p2Lq"], []),
    ('我们可以创建密码 "Apple_River_Moon" 作为例子', [], ["Apple_River_Moon"]),
])
def test_logins_in_place_and_ids_by_key(red, line, gone, kept):
    _gone_and_kept(red, line, gone, kept)


@pytest.mark.parametrize("line, gone", [
    ("车主：许建平先生，车牌 粤B12345", ["许建平"]),             # a name the segmenter cut (许/m 建平/n), before a title
    ("来电人：张斌飞先生 | 问题：未发货", ["张斌飞"]),             # cut short (张斌/飞) before the title
    ("蒋刚洋 已完成安全培训考核，得分 95 分", ["蒋刚洋"]),          # an ops line's subject, a whole field
    ("邵刚磊，您的包裹已到达驿站", ["邵刚磊"]),                    # addressed at the line start
    ("有效期至23:15，被访人柏岩华", ["柏岩华"]),                    # a role noun the segmenter does not know
    ("[前台] 房客 DAVID CHEN 办理入住", ["DAVID CHEN"]),            # capitals, as a booking prints them
])
def test_chinese_names_the_segmenter_cuts(red, line, gone):
    out = redact_line(line, red)
    assert [v for v in gone if v in out] == []


@pytest.mark.parametrize("line", ["王者荣耀 很好玩", "高效，快速", "他站到了原告席上。", "客户 VIP PLUS 套餐"])
def test_chinese_words_at_those_places_stay(red, line):
    assert redact_line(line, red) == line


def _leak_rates(red, data):
    from bench.pii_logs import leak_report
    from curate.pii.logs import redact_lines

    out = [t for t, _ in redact_lines([d["text"] for d in data], red)]
    r = leak_report(data, out)
    planted, decoys = sum(r["planted"].values()), sum(r["decoys"].values())
    return planted, sum(r["leaked"].values()) / planted, decoys, sum(r["decoys_redacted"].values()) / decoys, r


def _through_redact_log(red, tmp_path, lines: list[bytes]) -> tuple[dict, list[bytes]]:
    """``lines`` written to a file and passed through ``redact_log``: its counts and the lines out,
    after checking one line came out per line in."""
    from curate.pii.redact import redact_log

    src = tmp_path / "bad.log"
    src.write_bytes(b"\n".join(lines) + b"\n")
    dst = tmp_path / "out.log"
    stats = redact_log(src, dst, red)
    out = dst.read_bytes().split(b"\n")[:-1]
    assert stats["lines"] == len(lines) == len(out)
    return stats, out


def _read_half_within(red, records: list[dict], leaked_max: float, lost_max: float) -> None:
    """A blind log's read half (its odd templates) leaks at most ``leaked_max`` of its values and
    redacts at most ``lost_max`` of its decoys, on a sample big enough to mean it."""
    planted, leaked, decoys, lost, r = _leak_rates(red, [d for d in records if d["template"] % 2])
    assert planted > 2000 and decoys > 2000
    assert leaked <= leaked_max, r["leaked"]
    assert lost <= lost_max, r["decoys_redacted"]


def _pass_through_whole(red, tmp_path, bad: list[bytes]) -> None:
    """Broken lines through ``redact_log``: one line out per line in, nothing raised, nothing replaced."""
    _stats, out = _through_redact_log(red, tmp_path, bad)
    assert [o for b, o in zip(bad, out) if b != o] == []


def test_blind_log_leaks_and_over_redaction(red):
    """The log a helper wrote without reading the redactor (bench/pii_logs_blind.py), another seed
    than the bench's: 13.2% of values leaked and 2.7% of decoys redacted before this round's fixes;
    the targets are <= 1% and <= 0.5% (this set is still above on leaks, docs/pii.md says where)."""
    from bench.pii_logs_blind import blind_log

    planted, leaked, decoys, lost, r = _leak_rates(red, blind_log(1500, seed=5))
    assert planted > 2000 and decoys > 2000
    assert leaked <= 0.025, r["leaked"]
    assert lost <= 0.005, r["decoys_redacted"]


@pytest.mark.parametrize("line, gone, kept", [
    # a "#" inside the password of a DSN is the password's: no e-mail address after it
    ("DATABASE_URL=postgres://rkaur:Ab@12#9Lq@pg-2.internal:5432/x", ["rkaur", "Ab@12#9Lq", "9Lq"], ["pg-2.internal"]),
    ("dsn=mysql://shop_app:Zz9!aa@db:3306/x", ["Zz9!aa"], ["shop_app"]),
    # a product name's first word is no phone word ("Mobile Safari/537.36")
    ('"Mozilla/5.0 (Linux; Android 14) Chrome/123.0 Mobile Safari/537.36" 2209050', [], ["2209050"]),
    ("急诊值班医生：王芳、何凯红、朱玉。", ["王芳", "何凯红", "朱玉"], ["急诊值班医生"]),
])
def test_dsn_passwords_product_names_and_whole_list_items(red, line, gone, kept):
    _gone_and_kept(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # a value found once is redacted wherever the line repeats it (an ARN, brackets, a file name)
    ('{"arn":"arn:aws:iam::123456789012:user/o.bryant","userName":"o.bryant"}', ["o.bryant"], ["arn:aws:iam::"]),
    ("# User@Host: t.nguyen[t.nguyen] @  [10.4.4.4]", ["t.nguyen"], ["User@Host"]),
    ("申请人：邹明华，附件：邹明华_简历.pdf", ["邹明华"], ["_简历.pdf"]),
    ('{"bytes":"18485116937","phone":"18485116937"}', [], ['"bytes":"18485116937"']),
    # logins where servers print them by position
    ("Mon Mar  2 10:00:00 2026 [pid 4411] [pvasquez] OK DOWNLOAD: Client \"10.1.1.1\"", ["pvasquez"], ["OK DOWNLOAD"]),
    ("P=esmtpsa A=dovecot_login:hkim S=1024", ["hkim"], ["dovecot_login"]),
    ("AH01618: user tjones not found: /admin", ["tjones"], ["not found"]),
    ('{"msg":"login failed for user \\"kpatel\\" (attempt 2/5)"}', ["kpatel"], []),
    ('12.5 [0 10.1.1.1:5000] "AUTH" "Hunter2!x"', ["Hunter2!x"], ['"AUTH"']),
    ('{"_user":"amy_w","host":"db-04"}', ["amy_w"], ["db-04"]),
    ("pusher.name=jdoe7 user_username=ann_b principal=mlee", ["jdoe7", "ann_b", "mlee"], []),
    ("sender.login=dependabot[bot] action=opened", [], ["dependabot[bot]"]),
    ("Account Name: WKS-0192$ Workstation Name: DESKTOP-7Q2M", [], ["WKS-0192$", "DESKTOP-7Q2M"]),
    # a client's IPv6 address with its port after one more colon (Apache, HAProxy)
    ("[client 2a02:908:61da:ac27::27ac:38132] AH00126", ["2a02:908:61da:ac27::27ac"], [":38132]"]),
    # passport-style names in pinyin; other capitals stay
    ("CHECKIN room 12 guest HUANG/WENBO doc PASSPORT", ["HUANG/WENBO"], ["CHECKIN"]),
    ("uses TCP/IP and AC/DC and CPU/GPU", [], ["TCP/IP", "AC/DC", "CPU/GPU"]),
    ("【值机】旅客 DENG ZIHAN 已办理值机", ["DENG ZIHAN"], []),
    ("[审计] 操作员 huang.yong(黄勇) 于 10:00 登录", ["huang.yong", "黄勇"], ["操作员"]),
    # China's service numbers are no one's phone
    ("如有疑问请致电95338，服务热线10086，政务热线12345", [], ["95338", "10086", "12345"]),
    ("如有疑问请致电13912345678", ["13912345678"], []),
])
def test_repeats_positions_pinyin_and_service_numbers(red, line, gone, kept):
    _gone_and_kept(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # logins where Squid, OpenVPN, Dovecot, slapd and nginx print them
    ("1778988078.904 183 10.1.1.1 TCP_MISS/200 4812 CONNECT example.org:443 rkhan HIER_DIRECT/example.org -",
     ["rkhan"], ["HIER_DIRECT"]),
    ("1778988078.904 183 10.1.1.1 TCP_DENIED/407 0 GET http://x/ - HIER_NONE/- -", [], ["GET http://x/ -"]),
    ("Tue May 26 06:27:42 2026 1.2.3.4:60684 [bnguyen] Peer Connection Initiated with [AF_INET]1.2.3.4:60684",
     ["bnguyen"], ["Peer Connection"]),
    ("dovecot: auth: passwd-file(lmarsh,1.2.3.4): Password mismatch", ["lmarsh"], ["passwd-file("]),
    ("dovecot: imap-login: Login: user=<e.cho>, method=PLAIN", ["e.cho"], ["method=PLAIN"]),
    ('slapd[1337]: conn=1 op=0 BIND dn="uid=okafor_r,ou=people,dc=example,dc=com" method=128', ["okafor_r"], ["ou=people"]),
    ('[error] 1#0: *4 user "tpark9" was not found in "/etc/nginx/.htpasswd"', ["tpark9"], [".htpasswd"]),
    # secrets in CI lines
    ("sh + docker login -u ci-runner -p Zq9xLm2Pw8 registry.example.io", ["Zq9xLm2Pw8"], ["ci-runner", "registry.example.io"]),
    ("export STRIPE_SECRET_KEY=sk_live_9f8e7d6c5b4a AWS_DEFAULT_REGION=us-east-1", ["sk_live_9f8e7d6c5b4a"], ["us-east-1"]),
    ("ls -p /tmp/dir; sort_key=abc123 cache_key=u:42", [], ["/tmp/dir", "abc123", "u:42"]),
    ("门锁临时密码038080，请妥善保管", ["038080"], []),
    # a SIP extension and a call's id are no mailbox; a bind address and the loopback no client
    ('From: "Nora Diaz" <sip:2667@pbx.example.com>;tag=1 Call-ID: 9f8e7d6c5b4a@pbx.example.com',
     ["Nora Diaz"], ["2667@pbx.example.com", "9f8e7d6c5b4a@pbx.example.com"]),
    ("ACCEPT from IP=1.2.3.4:5000 (IP=0.0.0.0:389)", ["1.2.3.4"], ["0.0.0.0:389"]),
    # accounts of systems and figures under person keys; names in pinyin stay names
    ('{"user":{"username":"system:serviceaccount:prod:cert-manager"},"author":"Alan Turing"}', [],
     ["system:serviceaccount:prod:cert-manager", "Alan Turing"]),
    ('{"guestName": "WANG MING"}', ["WANG MING"], []),
    ("【民宿】外籍客人Nora Diaz入住海景套房", ["Nora Diaz"], ["海景套房"]),
])
def test_server_positions_ci_secrets_and_non_persons(red, line, gone, kept):
    _gone_and_kept(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    ("PMS GUARANTEE conf# 050305491 guest MORRIS/KAREN rate BAR", ["MORRIS/KAREN"], ["conf# 050305491"]),
    ("Thu Oct 22 17:13:16 2026 dmorales/1.2.3.4:58946 Connection reset, restarting [0]", ["dmorales"], ["Connection"]),
    ("proxy upstream/10.2.3.4:8080 ok", [], ["upstream/"]),
    ("dovecot: imap-login: Login: user=<kim.s>, method=PLAIN, session=<0M/cF8HCoXC1bQz1>",
     ["kim.s"], ["session=<0M/cF8HCoXC1bQz1>"]),
    ("10:00:00 1rXyz-000Abc-7Q <= ann@example.org H=(pc) P=esmtpsa id=CAF9a8b7@mail.example.com",
     ["ann@example.org"], ["CAF9a8b7@mail.example.com"]),
])
def test_airline_names_vpn_peers_and_mail_ids(red, line, gone, kept):
    _gone_and_kept(red, line, gone, kept)


def test_second_blind_log_leaks_and_over_redaction(red):
    """The second blind log (bench/pii_logs_blind2.py), another seed than the bench's: 15.2% of values
    leaked and 4.8% of decoys redacted when first measured; the ceilings here hold what was reached."""
    from bench.pii_logs_blind2 import blind_log2

    planted, leaked, decoys, lost, r = _leak_rates(red, blind_log2(1500, seed=8))
    assert planted > 2000 and decoys > 1500
    assert leaked <= 0.06, r["leaked"]
    assert lost <= 0.01, r["decoys_redacted"]



@pytest.mark.parametrize("line, gone, kept", [
    # keys in the languages of other logs
    ('{"cliente":{"nombre":"Ramona Ibarra","correo":"ri@example.es","telefono":"+34 612 345 678"}}',
     ["Ramona Ibarra", "ri@example.es", "+34 612 345 678"], ['"cliente"']),
    ('{"utilisateur":"mdurand","mot_de_passe":"Soleil2024!","adresse_ip":"81.2.69.160"}',
     ["mdurand", "Soleil2024!", "81.2.69.160"], []),
    ('{"account":{"routing_number":"021000021","account_last4":"7064"}}', [], ["021000021"]),
    # logins where FreeRADIUS, Jenkins, Cisco ASA, SQL Server, journald and ECS print them
    ("Auth: (75971) Login incorrect: [pvega7/sunshine2024] (from client sw-12 port 0)", ["pvega7", "sunshine2024"], []),
    ("Auth: (9) Login incorrect (mschap: bad): [kross/<via Auth-Type = eap>] (from client vpn port 0)",
     ["kross"], ["<via Auth-Type = eap>"]),
    ("[2024-12-11T13:26:26Z] Started by user Dana Whitfield | build #92", ["Dana Whitfield"], ["build #92"]),
    ("[2024-12-10T12:40:37Z] Started by GitHub push by hwalsh", ["hwalsh"], ["GitHub push"]),
    ("%ASA-6-716001: Group <GP_Staff> User <lchen4> IP <10.1.1.9> WebVPN session started.", ["lchen4"], ["GP_Staff"]),
    ("Logon  Login failed for user 'CORP\\\\nfoster'. Reason: The account is disabled.", ["nfoster"], ["CORP"]),
    ('{"MESSAGE":"New session 65 of user jbrandt.","PRIORITY":"5"}', ["jbrandt"], ['"PRIORITY"']),
    ('{"user":{"name":"rortiz","email":"ro@example.com"}}', ["rortiz"], []),
    ('{"wakelock":{"name":"android"}}', [], ["android"]),
    # secrets in HCL plans and single-quoted curl headers; Terraform's own mask stays
    ('  + master_password        = "Xk9!pLq2"', ["Xk9!pLq2"], ["master_password"]),
    ("  + password               = (sensitive value)", [], ["(sensitive value)"]),
    ("+ curl -sf -H 'Authorization: Bearer eyJhbGciOi.abc' https://ci.example.com/job/x/55270",
     ["eyJhbGciOi.abc"], ["https://ci.example.com/job/x/55270"]),
    # Chinese: the id word nearer the number names it; roles, cues and work-chat verbs
    ("12345热线 工单号20241214057737 已转办", [], ["20241214057737"]),
    ("收件人电话13812345678无人接听，快件773153402008950滞留", ["13812345678"], ["773153402008950"]),
    ("处方医师麻斌，药师吴秀云审核退回", ["麻斌", "吴秀云"], []),
    ("【企业微信】王芳邀请曹桂芳加入群聊，抄送何帅", ["曹桂芳", "何帅"], ["群聊"]),
    ("[售后] 买家 贾想 申请换货；私教课：教练王明", ["贾想", "王明"], ["申请换货"]),
    ("挥师金马河；我们的教师都能安居而乐教", [], ["金马河", "都能安"]),
    ("法国厨师Joël Robuchon在拉斯维加斯的餐厅", [], ["Joël Robuchon"]),
])
def test_other_languages_more_positions_and_chinese_roles(red, line, gone, kept):
    _gone_and_kept(red, line, gone, kept)


def test_new_log_paths_on_broken_bytes_keep_every_line(tmp_path, red):
    """The new formats through redact_log with undecodable bytes, a blank line, a line without its
    newline and an empty value: as many lines out as in, the bytes around the values kept, no value left."""
    from curate.pii.redact import redact_log

    lines = [
        b"Mar  2 10:01:02 db1 sudo:   kpatel\xff : TTY=pts/3 ; PWD=/home/kpatel ; USER=root\n",
        b'{"customerName":"Ruth Okafor","orderId":"4024007198964305","note":"\xc3\x28"}\n',
        b"\n",
        "快递员=周杨莉 运单=SF1315789890497 \udcfe\n".encode("utf-8", "surrogateescape"),
        b"Auth: (1) Login incorrect: [pvega7/sun\xfeshine] (from client sw port 0)\n",
        b"pam_unix(sshd:auth): authentication failure; logname= uid=0 ruser= rhost=gw\n",
        b'dsn=postgres://mlopez:Tz8!kq2@db1:5432/x',
    ]
    src = tmp_path / "in.log"
    src.write_bytes(b"".join(lines))
    stats = redact_log(src, tmp_path / "out.log", red)
    out = (tmp_path / "out.log").read_bytes()
    assert stats["lines"] == len(lines) and out.count(b"\n") == len(lines) - 1
    for raw in (b"kpatel", b"Ruth Okafor", "周杨莉".encode(), b"pvega7", b"mlopez", b"Tz8!kq2"):
        assert raw not in out, raw
    for kept in (b"\xff : TTY=pts/3", b"4024007198964305", b"\xc3\x28", b"\xfe", b"logname= uid=0 ruser= rhost=gw\n",
                 b"SF1315789890497 "):
        assert kept in out, kept
