r"""Blind evaluation set 12 for the log PII redactor: developer platforms and cloud operations,
English and Chinese log lines.

Provenance
----------
Written blind on 2026-12-05 from general knowledge of how the named systems print their logs
(GitHub Actions, GitLab, Jenkins, Drone, Kubernetes, Docker registry, Terraform, Ansible, MySQL,
PostgreSQL, MongoDB, Redis, Elasticsearch, Kong, APISIX, AWS/GCP/Azure/阿里云/腾讯云 audit trails,
S3/OSS/COS, Keycloak, Sentry, OpenTelemetry, Unleash/LaunchDarkly, Nacos, Apollo, JumpServer,
钉钉/企业微信/飞书 robots, ...).  Nothing of the project was read: no file under curate/, tests/,
rules/, seeds/, docs/, train/ or bench/ was opened, grepped or imported, and the redactor was never
run.  (The only contact was one directory listing of bench/ at the start, which showed file names
and nothing else.)  Only the standard library, Faker 40.x and phonenumbers 9.x are used.

API
---
blind_log12(n: int, seed: int = 0) -> list[dict]
    n records {"text", "spans", "decoys", "template"}.  spans / decoys are [start, end, TYPE/KIND]
    with Python code-point offsets; text[start:end] is the value exactly as printed (percent-encoded,
    \uXXXX-escaped, Redis \xNN-escaped, JSON-escaped where the line prints it that way).  One
    random.Random(seed) drives everything; the Faker instances (one per locale) are seeded from it,
    so the output is stable for a given seed.  Templates are used round-robin over one shuffled
    order; template numbers are 0..K-1 (K = 89).  About one record in ten is "clean": every planted
    value is replaced by a masked placeholder (recorded as decoy "masked"; placeholders are
    star-masks such as 138****5678 / j***@corp.cn / 36.112.4.* or words such as [FILTERED],
    <redacted>, (sensitive value)) or by a dash "-" (unlabelled) once the 3-decoy cap is reached.
    A template whose own values collide with the line (e.g. a one-character surname that also
    occurs in unlabelled text, as 傅 does in 师傅) is simply redrawn from the same generator.
validate(records) -> dict
    Self-check, raises AssertionError on any problem: offsets in range; 0-4 spans and 0-3 decoys;
    spans never overlap each other or a decoy; no line break of any kind inside a text; every
    other occurrence of a planted value in the line lies inside a labelled span or decoy; no string
    is labelled both as span and as decoy; masked decoys look masked; and each value is what its
    type says (see below).  Returns counters: records, per-TYPE, per-KIND, lines without spans,
    templates used.
python pii_logs_blind12.py
    Generates 5,000 lines (seed 0), validates them and prints the counts per TYPE and per KIND.

Value generators per type (checks done by validate in brackets)
----------------------------------------------------------------
PERSON          Faker zh_CN / zh_TW / en_US / en_GB / en_AU / en_IN / de_DE / fr_FR / es_ES names;
                a table of common surnames + given names with pinyin (so 张伟 pairs with login
                zhangwei / zhang.wei / wei.zhang / zhangwei88 / zhangw); compound surnames (欧阳,
                司马, 上官, 诸葛, 慕容, 长孙, ...), rare surnames (禤, 笪, 逄, 訾, 仉, 亓, ...);
                Uyghur (阿依古丽·吐尔逊), Tibetan (扎西多吉) and Mongolian (乌兰图雅) names;
                romanised Chinese in Western order (Wei Zhang); logins derived from names (jsmith,
                john.smith, john_smith, johns, john42, smithj); surname-only before a title
                (王经理, 欧阳先生, 陈师傅, Mr. Smith, Dr. Patel).  Printed raw, \u-escaped inside
                ensure_ascii JSON, or \xNN-escaped UTF-8 in Redis MONITOR.
                [decoded length 1-40, letters present, no @, only name characters]
EMAIL_ADDRESS   login@corporate-domain, login@free-mail, numeric QQ mail (5914534@qq.com),
                GitHub per-user noreply (12345678+jsmith@users.noreply.github.com); percent-encoded
                (%40) inside query strings.  [address regex after decoding]
PHONE_NUMBER    CN mobiles from real prefixes in 9 printings (13812345678, 138 1234 5678,
                138-1234-5678, +86 138 1234 5678, +86-138..., +86138..., 0086 138..., (+86)
                138-1234-5678); CN landlines (010-65529988, (021) 5888 1234, +86 755 8613 0000);
                numbers for 20 regions built from phonenumbers.example_number_for_type with random
                tails, kept only if valid, printed E.164 / international / RFC3966-style / US
                national; %2B / %20-encoded in query strings.
                [phonenumbers.is_valid_number with region CN or US after decoding]
CREDIT_CARD     Luhn-valid Visa, Mastercard (51-55 and 2221-2720), Amex (4-6-5), UnionPay 16/19
                digits; plain, spaced or dashed.  [Luhn, 15-19 digits]
IBAN_CODE       DE, GB, FR, ES, NL, IT, CH with mod-97 check digits, plain or grouped by 4.
                [length per country, mod 97 == 1]
US_SSN          ddd-dd-dddd avoiding area 000/666/9xx, group 00, serial 0000.  [same rule]
CN_RESIDENT_ID  real area codes (110101, 310115, 440305, ...), birth dates 1962-2004, GB 11643
                check digit.  [check digit and calendar date]
PASSPORT        CN E+8 digits, E+letter+7 digits, G+8 digits; US/GB/IN shapes.  [shape regex]
LICENSE_PLATE   CN plates (京A12345, 粤B·D12345 new-energy, 沪C 8K2J9).  [shape regex]
IP_ADDRESS      client / user / workstation addresses: public IPv4 from Chinese and Western
                carrier ranges, private workstation addresses in bastion / DB client contexts, and
                compressed IPv6 (240e:, 2408:, 2a02:, ...).  [ipaddress.ip_address]
CREDENTIAL      passwords (dictionary+year, Aa@123456 style, random with symbols, hex, base64,
                passphrases), AWS AKIA/ASIA key ids, 40-char secrets and STS session tokens,
                GitHub ghp_/gho_/ghs_/ghu_/github_pat_, GitLab glpat-/glrt-/gldt-, Slack xoxb-/xoxp-
                and webhook path secrets, Stripe sk_live_/rk_live_/whsec_, OpenAI sk-/sk-proj-,
                阿里云 LTAI AccessKeyId + 30-char secret, 腾讯云 AKID SecretId + SecretKey, npm_,
                Vault hvs., Jenkins API tokens, Sentry DSN keys, Datadog keys, 钉钉 access_token and
                SEC signing secrets, 企业微信 webhook keys, JWTs (HS256/RS256/ES256, token only),
                Basic-auth base64 blobs, cookie / session values (JSESSIONID, PHPSESSID, sessionid,
                connect.sid, _gitlab_session), PEM / OpenSSH private-key bodies on one line with
                \n escapes (the body between the BEGIN/END markers), DSN / URL password parts
                (percent-encoded where a URL requires it).  [>= 6 chars, no whitespace, quotes, brackets, , ; & ?]

Label conventions
-----------------
* Any address of a person's account -> EMAIL_ADDRESS (QQ numeric too, GitHub per-user noreply
  too); role mailboxes (noreply@github.com, alerts@, ops@, sre-oncall@ ...) -> decoy role_mailbox.
* Server / upstream / proxy / DB / app-host / node address -> decoy server_ip; a client's or
  user's address (workstation, phone, caller IP, remote_addr) -> IP_ADDRESS.  Ports next to an
  address are separate (decoy port or unlabelled).
* Surname before a title (王先生, 陈师傅, 欧阳经理, Mr. Smith, Dr. Patel) -> PERSON on the surname
  only; full names of staff (engineers, 运维, 值班人员, approvers, commit authors) are PERSON.
* Famous historical people / fictional characters (鲁迅, 诸葛亮, Darwin, Turing) -> decoy
  public_figure; brands named after people (李宁, 张小泉, 周大福, Dell, Ford, McDonald's) -> decoy
  company; streets, districts, buildings (张江, 王府井, Victoria Street) -> decoy place.
* Passwords, API keys, access key ids and secret keys, session ids / cookie values, bearer tokens
  and JWTs (token only), private-key bodies, connection-string and URL password parts ->
  CREDENTIAL; one-time SMS codes -> decoy pickup_code.  Request signatures (X-Amz-Signature,
  OSS Signature, q-signature) and HMAC accessors are left unlabelled.
* Person-looking logins (jsmith, zhang.wei, wangfang88) -> PERSON; root, admin, SYSTEM, svc-*,
  app_rw, postgres, ubuntu, bots and GCP service accounts -> decoy system_account.
* Order ids (incl. Luhn-valid 16-digit ids and 11-digit ids starting with 1), ticket / case /
  issue numbers, 工号, build and PR numbers, UUIDs, commit hashes, image digests, container and
  layer ids, trace / span / request / correlation / event ids, AWS principal and account ids,
  epoch timestamps, amounts, ports, versions, checksums -> decoys with a descriptive kind.
* Postal addresses, dates of birth, ages and genders are left unlabelled.
* A PERSON value may occur inside a decoy or inside another span (a login inside its e-mail
  address), but every other occurrence of a planted value in the line is itself labelled
  (e.g. the login repeated in MySQL "# User@Host: jsmith[jsmith]" and the phone repeated in
  钉钉 atMobiles are both labelled).
* 0-4 spans and 0-3 decoys per line; five templates have no spans at all (decoys only).

Template table  (number: language / system -- span types | decoy kinds; "|" inside a row's
template means variants)
----------------------------------------------------------------------------------------------
     0: en / GitHub Actions step (docker login / git clone / npm token) -- PERSON, CREDENTIAL | (none)
     1: en / git log / checkout line in CI -- PERSON, EMAIL_ADDRESS | commit_hash, pr_number, role_mailbox
     2: en / GitLab CI job trace with DSN / -p password (ANSI) -- PERSON, CREDENTIAL | system_account, server_ip, port
     3: en / Jenkins console (Started by user / curl -u) -- PERSON, CREDENTIAL | build_number, system_account, commit_hash
     4: en / Drone CI logrus JSON -- PERSON, EMAIL_ADDRESS | build_number, commit_hash
     5: en / GitHub org audit log stream JSON -- PERSON, IP_ADDRESS | epoch_timestamp, system_account
     6: en / GitHub push webhook payload -- PERSON, EMAIL_ADDRESS | commit_hash
     7: en / GitLab audit_json.log -- PERSON, IP_ADDRESS | correlation_id
     8: en / GitLab api_json.log with private_token param -- PERSON, IP_ADDRESS, CREDENTIAL | correlation_id
     9: en / review bot CODEOWNERS mentions -- PERSON | pr_number
    10: en / kubectl get events (no PII) -- (none) | image_digest, version, container_id
    11: en / Kubernetes audit.k8s.io/v1 Event JSON -- PERSON, EMAIL_ADDRESS, IP_ADDRESS | uuid, version
    12: en / snoopy exec log on bastion (kubectl create secret) -- PERSON, EMAIL_ADDRESS, CREDENTIAL | system_account
    13: en / Docker registry (distribution) access log -- PERSON, IP_ADDRESS | uuid, image_digest, version
    14: en / docker inspect Env dump -- CREDENTIAL | container_id, system_account, version
    15: en / Terraform TF_LOG debug / apply outputs / IAM user -- PERSON, CREDENTIAL | version, port
    16: en / Ansible task result / ansible.log -- PERSON, EMAIL_ADDRESS, CREDENTIAL | system_account
    17: en / MySQL general query log -- PERSON, EMAIL_ADDRESS, PHONE_NUMBER, IP_ADDRESS, CREDENTIAL | system_account, user_id
    18: en / MySQL slow query log (flattened) -- PERSON, PHONE_NUMBER, IP_ADDRESS | epoch_timestamp
    19: en / PostgreSQL stderr log (ALTER ROLE / connection authorized) or csvlog auth failure -- PERSON, IP_ADDRESS, CREDENTIAL | system_account, port, pg_session_id
    20: en / MongoDB structured JSON log (auth) -- PERSON, IP_ADDRESS | port
    21: en / Redis MONITOR (\x-escaped UTF-8) -- PERSON, EMAIL_ADDRESS, PHONE_NUMBER, CREDENTIAL | epoch_timestamp, server_ip
    22: en / Elasticsearch search slow log -- EMAIL_ADDRESS, PHONE_NUMBER | uuid
    23: en / Spring Boot HikariConfig jdbcUrl / mongodb+srv -- PERSON, CREDENTIAL | system_account, server_ip, port
    24: en / Kong file-log plugin JSON -- EMAIL_ADDRESS, IP_ADDRESS, CREDENTIAL | epoch_timestamp, uuid
    25: en / AWS API Gateway access log JSON -- PERSON, EMAIL_ADDRESS, IP_ADDRESS | uuid, epoch_timestamp
    26: en / ingress-nginx upstreaminfo log -- PERSON, EMAIL_ADDRESS, PHONE_NUMBER, IP_ADDRESS | server_ip, request_id
    27: en / Keycloak org.keycloak.events (quoted / legacy) -- PERSON, EMAIL_ADDRESS, IP_ADDRESS | uuid
    28: en / Keycloak/undertow request dump, password grant -- PERSON, EMAIL_ADDRESS, CREDENTIAL | (none)
    29: en / AWS CloudTrail record -- PERSON, IP_ADDRESS, CREDENTIAL | principal_id, account_id, uuid
    30: en / GCP Cloud Audit Log (IAM) -- EMAIL_ADDRESS, IP_ADDRESS | version, system_account
    31: en / Azure Activity Log -- PERSON, EMAIL_ADDRESS, IP_ADDRESS | uuid
    32: en / S3 server access log with presigned URL -- PERSON, IP_ADDRESS, CREDENTIAL | account_id, request_id
    33: en / Sentry event JSON with user context + cookie -- PERSON, EMAIL_ADDRESS, IP_ADDRESS, CREDENTIAL | event_id, version
    34: en / OpenTelemetry span JSON (db.statement) -- PERSON, EMAIL_ADDRESS | trace_id, span_id, server_ip
    35: en / Unleash / LaunchDarkly evaluation debug -- PERSON, EMAIL_ADDRESS, IP_ADDRESS, CREDENTIAL | epoch_timestamp
    36: en / .env / settings dump (Stripe, OpenAI, Sentry DSN, Slack, Datadog) -- CREDENTIAL | server_ip, system_account, port
    37: en / Slack webhook / slack_sdk error -- PERSON, CREDENTIAL | (none)
    38: en / Vault secret read with PEM body (\n-escaped) -- CREDENTIAL | uuid
    39: en / backup script (PGPASSWORD / mysqldump --password=) -- PERSON, CREDENTIAL | server_ip, system_account
    40: en / CI docker pull output (no PII) -- (none) | version, image_digest, layer_id
    41: en / Alertmanager/PagerDuty chat alert -- PERSON, PHONE_NUMBER | role_mailbox
    42: en / incident postmortem note (Mr./Dr. surname) -- PERSON | case_number, public_figure, place
    43: en / payments adapter debug (card PAN) -- EMAIL_ADDRESS, CREDIT_CARD | company, amount
    44: en / payout API access log with body -- PERSON, IBAN_CODE, IP_ADDRESS | amount, order_id
    45: en / Sentry frame locals (SSN) -- PERSON, US_SSN | trace_id
    46: en / KYC service log (passport) -- PERSON, PASSPORT | uuid
    47: en / python http.client debug send with Basic auth -- PERSON, CREDENTIAL | (none)
    48: zh / 钉钉机器人 text 消息 (atMobiles) -- PERSON, PHONE_NUMBER | (none)
    49: zh / 钉钉机器人推送失败 (access_token + SEC secret) -- CREDENTIAL | epoch_timestamp
    50: zh / 企业微信群机器人 markdown (webhook key) -- PERSON, CREDENTIAL | version
    51: zh / 飞书告警卡片 -- PERSON, PHONE_NUMBER | server_ip
    52: zh / 变更工单 -- PERSON | ticket_id, server_ip
    53: zh / 发布单 -- PERSON | ticket_id, version
    54: zh / 每日运维巡检 -- PERSON, IP_ADDRESS | (none)
    55: zh / JumpServer 命令记录 -- PERSON, CREDENTIAL | uuid, server_ip, system_account
    56: zh / 堡垒机登录日志 -- PERSON, IP_ADDRESS | server_ip
    57: zh / 阿里云 ActionTrail 事件 (SLS 告警) -- PERSON, IP_ADDRESS, CREDENTIAL | uuid, account_id
    58: zh / 腾讯云 CloudAudit 事件 -- PERSON, IP_ADDRESS, CREDENTIAL | account_id
    59: zh / 阿里云 OSS 签名 URL -- PERSON, CREDENTIAL | epoch_timestamp
    60: zh / 腾讯云 COS 预签名 URL -- PERSON, CREDENTIAL | epoch_timestamp
    61: zh / Jenkins 中文控制台 docker login -- PERSON, CREDENTIAL | build_number
    62: zh / GitLab 中文推送通知 -- PERSON, EMAIL_ADDRESS | commit_hash
    63: zh / Gitee WebHook 校验失败 -- PERSON, EMAIL_ADDRESS, CREDENTIAL | (none)
    64: zh / Nacos 配置推送 -- CREDENTIAL | server_ip, checksum
    65: zh / Apollo 配置发布 -- PERSON, CREDENTIAL | masked, release_key
    66: zh / HikariPool 数据库连接失败 (jdbc url) -- CREDENTIAL | trace_id, server_ip, system_account
    67: zh / Redis 慢查询 (phone in key) -- PHONE_NUMBER | server_ip
    68: zh / MySQL 慢日志 实名查询 -- PERSON, CN_RESIDENT_ID | epoch_timestamp
    69: zh / 慢查询告警 -- PERSON, PHONE_NUMBER | system_account, server_ip
    70: zh / Sentry 中文通知 -- PERSON, EMAIL_ADDRESS, IP_ADDRESS | issue_id, role_mailbox
    71: zh / K8s 事件 拉取镜像失败 (no PII) -- (none) | image_digest, server_ip
    72: zh / 发布完成通知 (no PII) -- (none) | ticket_id, version, image_digest
    73: zh / 机房巡检 (no PII) -- (none) | place, company
    74: zh / 值班交接 -- PERSON, PHONE_NUMBER | employee_id
    75: zh / 网关配额告警 (客户经理) -- PERSON, PHONE_NUMBER | public_figure, company
    76: zh / 阿里云短信 SendSms 日志 -- PHONE_NUMBER | uuid, pickup_code, biz_id
    77: zh / tccli configure (运维脚本) -- PERSON, CREDENTIAL | (none)
    78: zh / 堡垒机命令审计 aliyun configure -- PERSON, CREDENTIAL | (none)
    79: zh / 实名认证三要素 -- PERSON, PHONE_NUMBER, CN_RESIDENT_ID | order_id
    80: zh / APISIX access log + 停车入场 -- PHONE_NUMBER, LICENSE_PLATE, IP_ADDRESS | server_ip, order_id
    81: zh / 出境报备 (护照) -- PERSON, PASSPORT | ticket_id
    82: zh / 支付网关调试日志 (银联卡) -- PERSON, CREDIT_CARD | amount, order_id
    83: zh / 飞书审批 (少数民族姓名) -- PERSON | uuid
    84: zh / 云效流水线 docker login -- EMAIL_ADDRESS, CREDENTIAL | build_number
    85: zh / 网关 Basic 鉴权失败 -- IP_ADDRESS, CREDENTIAL | (none)
    86: zh / 前端上报 Cookie / JWT -- PERSON, CREDENTIAL | (none)
    87: zh / 企业微信运维群消息 -- PERSON, PHONE_NUMBER | (none)
    88: zh / LDAP 同步新增账号 -- PERSON, EMAIL_ADDRESS, CREDENTIAL | (none)
"""

import base64
import datetime
import ipaddress
import json
import random
import re
import string
import unicodedata
import uuid
from collections import Counter, namedtuple
from urllib.parse import quote, unquote

import phonenumbers
from faker import Faker

TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
         "CN_RESIDENT_ID", "PASSPORT", "LICENSE_PLATE", "IP_ADDRESS", "CREDENTIAL")

LOCALES = ("zh_CN", "zh_TW", "en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES")

ALNUM = string.ascii_letters + string.digits
UPNUM = string.ascii_uppercase + string.digits
LOWNUM = string.ascii_lowercase + string.digits
B32 = string.ascii_uppercase + "234567"
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WDAY = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
UTC = datetime.timezone.utc
CST = datetime.timezone(datetime.timedelta(hours=8))

# ---------------------------------------------------------------- name tables
ZH_SUR = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
          ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
          ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("林", "lin"),
          ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"),
          ("许", "xu"), ("邓", "deng"), ("冯", "feng"), ("韩", "han"), ("曹", "cao"), ("曾", "zeng"),
          ("彭", "peng"), ("萧", "xiao"), ("蔡", "cai"), ("潘", "pan"), ("田", "tian"), ("董", "dong"),
          ("袁", "yuan"), ("叶", "ye"), ("蒋", "jiang"), ("杜", "du"), ("苏", "su"), ("魏", "wei"),
          ("程", "cheng"), ("吕", "lv"), ("丁", "ding"), ("沈", "shen"), ("姚", "yao"), ("卢", "lu"),
          ("傅", "fu"), ("钟", "zhong"), ("姜", "jiang"), ("崔", "cui"), ("谭", "tan"), ("廖", "liao"),
          ("范", "fan"), ("汪", "wang"), ("陆", "lu"), ("戴", "dai"), ("贾", "jia"), ("韦", "wei"),
          ("夏", "xia"), ("邱", "qiu"), ("侯", "hou"), ("邹", "zou"), ("熊", "xiong"), ("孟", "meng"),
          ("秦", "qin"), ("薛", "xue"), ("尹", "yin"), ("段", "duan"), ("雷", "lei"), ("黎", "li"),
          ("陶", "tao"), ("贺", "he"), ("顾", "gu"), ("毛", "mao"), ("郝", "hao"), ("龚", "gong"),
          ("邵", "shao"), ("钱", "qian"), ("严", "yan"), ("覃", "qin")]
ZH_COMPOUND = [("欧阳", "ouyang"), ("司马", "sima"), ("上官", "shangguan"), ("诸葛", "zhuge"),
               ("东方", "dongfang"), ("皇甫", "huangfu"), ("尉迟", "yuchi"), ("公孙", "gongsun"),
               ("慕容", "murong"), ("令狐", "linghu"), ("宇文", "yuwen"), ("司徒", "situ"),
               ("夏侯", "xiahou"), ("端木", "duanmu"), ("长孙", "zhangsun"), ("西门", "ximen")]
ZH_RARE = [("禤", "xuan"), ("佘", "she"), ("笪", "da"), ("逄", "pang"), ("訾", "zi"), ("冼", "xian"),
           ("邝", "kuang"), ("亓", "qi"), ("仉", "zhang"), ("嵇", "ji"), ("隗", "wei"), ("甄", "zhen"),
           ("昝", "zan"), ("靳", "jin"), ("鞠", "ju"), ("郗", "xi"), ("芮", "rui"), ("蒯", "kuai"),
           ("滕", "teng"), ("阚", "kan")]
ZH_GIVEN = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("磊", "lei"),
            ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("军", "jun"), ("涛", "tao"),
            ("超", "chao"), ("秀英", "xiuying"), ("霞", "xia"), ("刚", "gang"), ("丽", "li"),
            ("强", "qiang"), ("鹏", "peng"), ("辉", "hui"), ("婷", "ting"), ("浩", "hao"), ("宇", "yu"),
            ("欣", "xin"), ("晨", "chen"), ("子涵", "zihan"), ("梓萱", "zixuan"), ("一诺", "yinuo"),
            ("浩然", "haoran"), ("俊杰", "junjie"), ("建国", "jianguo"), ("志强", "zhiqiang"),
            ("晓东", "xiaodong"), ("海燕", "haiyan"), ("文博", "wenbo"), ("思远", "siyuan"),
            ("雨桐", "yutong"), ("佳怡", "jiayi"), ("嘉豪", "jiahao"), ("晓峰", "xiaofeng"),
            ("丽娟", "lijuan"), ("建华", "jianhua"), ("国强", "guoqiang"), ("红梅", "hongmei"),
            ("立新", "lixin"), ("振宇", "zhenyu"), ("雪", "xue"), ("琳", "lin"), ("慧", "hui"),
            ("斌", "bin"), ("峰", "feng"), ("凯", "kai"), ("颖", "ying"), ("倩", "qian"), ("璐", "lu"),
            ("瑶", "yao"), ("梦琪", "mengqi"), ("天翊", "tianyi"), ("若曦", "ruoxi"), ("子轩", "zixuan")]
MINORITY = {
    "uy_m": ["买买提", "艾力", "阿不都热合曼", "吐尔洪", "艾合买提", "麦麦提敏", "亚森", "依明", "热合曼", "努尔兰"],
    "uy_f": ["阿依古丽", "古丽娜尔", "热依拉", "迪丽娜尔", "帕提古丽", "阿娜尔古丽", "努尔古丽", "再努尔"],
    "uy_father": ["买买提", "吐尔逊", "艾买提", "阿不力孜", "玉素甫", "卡德尔", "司马义", "托合提", "吾守尔"],
    "bo": ["扎西", "次仁", "卓玛", "多吉", "格桑", "达瓦", "央金", "平措", "旺堆", "拉姆", "尼玛", "索朗", "德吉", "普布", "边巴"],
    "mn": ["巴特尔", "乌兰图雅", "其其格", "那仁格日勒", "苏和巴特尔", "额尔敦", "宝音", "斯琴高娃", "朝鲁门", "孟和巴雅尔"],
}
ZH_TITLES = ["先生", "女士", "经理", "总", "工", "老师", "师傅", "主管", "总监"]
EN_TITLES = ["Mr.", "Ms.", "Mrs.", "Dr."]

SYSTEM_ACCOUNTS = ["root", "admin", "svc-deploy", "svc-ci", "svc-backup", "jenkins", "gitlab-runner",
                   "deploy", "postgres", "app_rw", "order_rw", "report_ro", "etl_user", "ubuntu",
                   "ec2-user", "readonly", "replicator", "terraform", "svc-orders", "svc-billing"]
CORP_DOMAINS = ["acme-pay.com", "initech.io", "globex.cn", "hooli.dev", "umbrella-corp.com", "piedpiper.net",
                "contoso.com", "fabrikam.cn", "yunhai-tech.cn", "xingchen.io", "lanshan.com.cn", "example-shop.cn"]
FREE_DOMAINS = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "proton.me", "icloud.com",
                "163.com", "126.com", "foxmail.com", "sina.com", "aliyun.com", "yeah.net"]
ORGS = ["acme", "initech", "globex", "hooli", "yunhai", "xingchen"]
REPOS = ["payments-api", "billing", "checkout-web", "infra-live", "helm-charts", "user-center",
         "order-service", "gateway", "data-pipeline", "mobile-bff"]
SERVICES = ["order-service", "pay-gateway", "user-center", "checkout-api", "risk-engine", "im-push",
            "coupon-svc", "search-api", "inventory", "settlement"]
CN_AREAS = ["110101", "110105", "110108", "310104", "310115", "440106", "440305", "330106", "320102",
            "510107", "420106", "610113", "370102", "210102", "500103", "120101", "350203", "430104",
            "340104", "330203", "320583", "441900", "130102", "410105"]
CN_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MOBILE_PRE = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147",
              "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175",
              "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188",
              "189", "191", "193", "195", "198", "199"]
CN_AREA_CODES = ["10", "21", "22", "23", "20", "755", "571", "512", "25", "27", "28", "29", "532",
                 "574", "591", "731", "769", "757"]
INTL_REGIONS = ["US", "GB", "DE", "FR", "JP", "KR", "SG", "AU", "IN", "HK", "TW", "CA", "ES", "IT",
                "NL", "BR", "MY", "AE", "IE", "CH"]
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "CH": 21}

LINEBREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
MASK_WORDS = {"[REDACTED]", "[FILTERED]", "<redacted>", "REDACTED", "(sensitive value)", "<hidden>"}

# ---------------------------------------------------------------- helpers


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_numeric(s):
    return "".join(str(int(c, 36)) for c in s)


def cnid_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, w)) % 11]


def jesc(s):
    """JSON string body with ensure_ascii=True."""
    return json.dumps(s)[1:-1]


def redis_esc(s):
    out = []
    for c in s:
        if 32 <= ord(c) < 127 and c not in '"\\':
            out.append(c)
        else:
            out.append("".join("\\x%02x" % x for x in c.encode("utf-8")))
    return "".join(out)


def pct(s):
    return quote(s, safe="")


def b64url(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def _decode_printed(v):
    if re.search(r"\\x[0-9a-fA-F]{2}", v):
        out = bytearray()
        i = 0
        while i < len(v):
            if v.startswith("\\x", i) and re.fullmatch(r"[0-9a-fA-F]{2}", v[i + 2:i + 4] or "-"):
                out.append(int(v[i + 2:i + 4], 16))
                i += 4
            else:
                out.extend(v[i].encode("utf-8"))
                i += 1
        v = out.decode("utf-8")
    if "\\u" in v:
        v = json.loads('"' + v + '"')
    if re.search(r"%[0-9A-Fa-f]{2}", v):
        v = unquote(v)
    return v


def _phone_ok(v):
    v = _decode_printed(v)
    for region in ("CN", "US"):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(v, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


Lab = namedtuple("Lab", "kind value label")


def S(v, t):
    return Lab("s", v, t)


def D(v, k):
    return Lab("d", v, k)


PH = re.compile("\u27e6(\\w+)\u27e7")


class Rec:
    """Collects literal / span / decoy segments; placeholders are written ⟦name⟧."""

    def __init__(self):
        self.segs = []

    def f(self, tpl, **kw):
        pos = 0
        for m in PH.finditer(tpl):
            if m.start() > pos:
                self.segs.append(("t", tpl[pos:m.start()], None))
            v = kw[m.group(1)]
            if isinstance(v, Lab):
                self.segs.append(tuple(v))
            else:
                self.segs.append(("t", str(v), None))
            pos = m.end()
        if pos < len(tpl):
            self.segs.append(("t", tpl[pos:], None))
        return self

    def finalize(self, rng, clean):
        segs = self.segs
        if clean:
            budget = 3 - sum(1 for k, _, _ in segs if k == "d")
            occ = Counter(v for k, v, _ in segs if k == "s")
            repl = {}
            new = []
            for k, v, lab in segs:
                if k == "s":
                    if v not in repl:
                        if budget >= occ[v] and rng.random() < 0.75:
                            repl[v] = ("d", make_mask(rng, v, lab), "masked")
                            budget -= occ[v]
                        else:
                            repl[v] = ("t", "-", None)
                    new.append(repl[v])
                else:
                    new.append((k, v, lab))
            segs = new
        text = []
        pos = 0
        spans, decoys = [], []
        for k, v, lab in segs:
            if k == "s":
                spans.append([pos, pos + len(v), lab])
            elif k == "d":
                decoys.append([pos, pos + len(v), lab])
            text.append(v)
            pos += len(v)
        return {"text": "".join(text), "spans": spans, "decoys": decoys}


def make_mask(rng, v, typ):
    plain = "\\" not in v and "%" not in v
    r = rng.random()
    if typ == "CREDENTIAL":
        return rng.choice(["******", "********", "***", "[FILTERED]", "[REDACTED]", "<redacted>",
                           "REDACTED", "(sensitive value)", "<hidden>"])
    if not plain or r < 0.2:
        return rng.choice(["***", "****", "[REDACTED]", "<redacted>"])
    if typ == "PERSON":
        return v[0] + "*" * max(1, min(len(v) - 1, 3))
    if typ == "EMAIL_ADDRESS":
        local, _, dom = v.partition("@")
        return local[0] + "***@" + dom
    if typ == "PHONE_NUMBER":
        d = re.sub(r"\D", "", v)
        return d[:3] + "****" + d[-4:]
    if typ == "CREDIT_CARD":
        d = re.sub(r"\D", "", v)
        return rng.choice(["**** **** **** " + d[-4:], d[:6] + "******" + d[-4:]])
    if typ == "IBAN_CODE":
        d = v.replace(" ", "")
        return d[:4] + "*" * 10 + d[-4:]
    if typ == "CN_RESIDENT_ID":
        return rng.choice([v[:6] + "********" + v[-4:], v[:3] + "*" * 11 + v[-4:]])
    if typ == "IP_ADDRESS":
        if "." in v:
            return v.rsplit(".", 1)[0] + ".*"
        return "*:*:*:*"
    if typ == "US_SSN":
        return "***-**-" + v[-4:]
    if typ == "PASSPORT":
        return v[0] + "****" + v[-3:]
    if typ == "LICENSE_PLATE":
        return v[:2] + "***" + v[-1]
    return "***"


# ---------------------------------------------------------------- value generators


class G:
    def __init__(self, rng):
        self.r = rng
        self.fk = {}
        for loc in LOCALES:
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[loc] = f
        self.base = datetime.datetime(2026, 12, 5, tzinfo=UTC)

    # basics
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def ri(self, a, b):
        return self.r.randint(a, b)

    def rs(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def digits(self, n, first="123456789"):
        return self.ch(first) + self.rs(string.digits, n - 1)

    # time
    def dt(self, tz=UTC):
        d = self.base + datetime.timedelta(seconds=self.ri(-3 * 86400, 3 * 86400),
                                           microseconds=self.ri(0, 999999))
        return d.astimezone(tz)

    @staticmethod
    def iso(d, frac=3, z=True):
        s = d.strftime("%Y-%m-%dT%H:%M:%S")
        if frac:
            us = "%06d" % d.microsecond
            s += "." + (us[:frac] if frac <= 6 else us + "0" * (frac - 6))
        if z:
            s += "Z" if d.utcoffset() == datetime.timedelta(0) else d.strftime("%z")[:3] + ":" + d.strftime("%z")[3:]
        return s

    @staticmethod
    def clf(d):
        return "%02d/%s/%d:%s %s" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"), d.strftime("%z"))

    @staticmethod
    def plain(d, sep=".", frac=3):
        s = d.strftime("%Y-%m-%d %H:%M:%S")
        if frac:
            s += sep + ("%06d" % d.microsecond)[:frac]
        return s

    @staticmethod
    def syslog(d):
        return "%s %2d %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"))

    @staticmethod
    def epoch(d, ms=False):
        t = d.timestamp()
        return str(int(t * 1000)) if ms else str(int(t))

    # persons
    def zh_pair(self):
        k = self.r.random()
        if k < 0.75:
            s = self.ch(ZH_SUR)
        elif k < 0.9:
            s = self.ch(ZH_COMPOUND)
        else:
            s = self.ch(ZH_RARE)
        g1 = self.ch(ZH_GIVEN)
        if len(g1[0]) == 1 and self.p(0.3):
            g2 = self.ch([x for x in ZH_GIVEN if len(x[0]) == 1])
            g1 = (g1[0] + g2[0], g1[1] + g2[1])
        return s[0] + g1[0], s[1], g1[1]

    def minority(self):
        k = self.ri(0, 3)
        if k == 0:
            return self.ch(MINORITY["uy_m"]) + "·" + self.ch(MINORITY["uy_father"])
        if k == 1:
            return self.ch(MINORITY["uy_f"]) + "·" + self.ch(MINORITY["uy_father"])
        if k == 2:
            a, b = self.r.sample(MINORITY["bo"], 2)
            return a + b
        return self.ch(MINORITY["mn"])

    def zh_name(self):
        k = self.r.random()
        if k < 0.38:
            return self.fk["zh_CN"].name()
        if k < 0.70:
            return self.zh_pair()[0]
        if k < 0.86:
            return self.minority()
        return self.fk["zh_TW"].name()

    def en_name(self):
        loc = self.ch(["en_US", "en_US", "en_US", "en_GB", "en_GB", "en_AU", "en_IN", "en_IN",
                       "de_DE", "fr_FR", "es_ES"])
        f = self.fk[loc]
        while True:
            n = "%s %s" % (f.first_name(), f.last_name())
            if re.fullmatch(r"[^\W\d_]+(?:[ -][^\W\d_]+)*", n) and len(n) <= 32:
                return n

    def name(self, lang="en"):
        if lang == "zh":
            return self.zh_name() if self.p(0.88) else self.en_name()
        k = self.r.random()
        if k < 0.82:
            return self.en_name()
        if k < 0.92:
            c, s, gv = self.zh_pair()
            return "%s %s" % (gv.capitalize(), s.capitalize())
        return self.zh_name()

    def surname(self, lang="en"):
        if lang == "zh":
            s = self.ch(ZH_SUR)[0] if self.p(0.85) else self.ch(ZH_COMPOUND)[0]
            return s, self.ch(ZH_TITLES)
        f = self.fk[self.ch(["en_US", "en_GB", "en_IN", "de_DE", "fr_FR", "es_ES"])]
        while True:
            ln = f.last_name()
            if re.fullmatch(r"[^\W\d_]+", ln):
                return ln, self.ch(EN_TITLES)

    def login_from(self, name):
        """Login for a full name (Latin) or pinyin pair."""
        parts = [fold(x) for x in re.split(r"[ \-]", name) if fold(x)]
        parts = [re.sub(r"[^a-z]", "", x) for x in parts]
        parts = [x for x in parts if x]
        if len(parts) < 2:
            parts = (parts or ["user"]) + ["x"]
        f, l = parts[0], parts[-1]
        k = self.ri(0, 5)
        out = [f[0] + l, f + "." + l, f + "_" + l, f + l[0], f + str(self.ri(1, 99)), l + f[0]][k]
        return out

    def zh_login(self, sur, given):
        k = self.ri(0, 5)
        return [sur + given, sur + "." + given, given + "." + sur, sur + given + str(self.ri(1, 99)),
                sur + given[0], given + sur][k]

    def person_login(self, lang="en"):
        """(display name, login) that belong together."""
        if lang == "zh" or self.p(0.15):
            c, s, gv = self.zh_pair()
            if lang != "zh" and self.p(0.5):
                c = "%s %s" % (gv.capitalize(), s.capitalize())
            return c, self.zh_login(s, gv)
        n = self.en_name()
        return n, self.login_from(n)

    def login(self, lang="en"):
        return self.person_login(lang)[1]

    def email(self, login=None, lang="en", corp=None):
        if login is None:
            login = self.login(lang)
        if lang == "zh" and self.p(0.15) and corp is not True:
            return self.digits(self.ri(6, 10)) + "@qq.com"
        if corp is None:
            corp = self.p(0.6)
        dom = self.ch(CORP_DOMAINS) if corp else self.ch(FREE_DOMAINS)
        return login + "@" + dom

    def role_mail(self):
        return self.ch(["noreply", "no-reply", "alerts", "sre-oncall", "devops", "security",
                        "notifications", "service", "ops", "monitor"]) + "@" + self.ch(CORP_DOMAINS)

    def sysacct(self):
        return self.ch(SYSTEM_ACCOUNTS)

    # phones
    def mobile_cn(self, fmt=None):
        while True:
            n = self.ch(MOBILE_PRE) + self.rs(string.digits, 8)
            k = self.ri(0, 8) if fmt is None else fmt
            v = [n, n, "%s %s %s" % (n[:3], n[3:7], n[7:]), "%s-%s-%s" % (n[:3], n[3:7], n[7:]),
                 "+86 %s %s %s" % (n[:3], n[3:7], n[7:]), "+86-" + n, "+86" + n, "0086 " + n,
                 "(+86) %s-%s-%s" % (n[:3], n[3:7], n[7:])][k]
            if _phone_ok(v):
                return v

    def landline_cn(self):
        while True:
            ac = self.ch(CN_AREA_CODES)
            sub = self.ch("2345678") + self.rs(string.digits, 7)
            k = self.ri(0, 4)
            v = ["0%s-%s" % (ac, sub), "(0%s) %s %s" % (ac, sub[:4], sub[4:]), "0%s %s %s" % (ac, sub[:4], sub[4:]),
                 "+86 %s %s %s" % (ac, sub[:4], sub[4:]), "+86-%s-%s" % (ac, sub)][k]
            if _phone_ok(v):
                return v

    def phone_intl(self):
        PNF = phonenumbers.PhoneNumberFormat
        while True:
            reg = self.ch(INTL_REGIONS)
            typ = self.ch([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
            ex = phonenumbers.example_number_for_type(reg, typ)
            if ex is None:
                continue
            nsn = phonenumbers.national_significant_number(ex)
            k = self.ri(3, 4)
            nsn = nsn[:-k] + self.rs(string.digits, k)
            num = phonenumbers.parse("+%d%s" % (ex.country_code, nsn), None)
            if not phonenumbers.is_valid_number(num):
                continue
            f = self.ri(0, 3)
            if f == 0:
                v = phonenumbers.format_number(num, PNF.E164)
            elif f == 1:
                v = phonenumbers.format_number(num, PNF.INTERNATIONAL)
            elif f == 2:
                v = phonenumbers.format_number(num, PNF.RFC3966)[4:]
                v = v.split(";")[0]
            else:
                v = phonenumbers.format_number(num, PNF.NATIONAL) if reg == "US" else \
                    phonenumbers.format_number(num, PNF.INTERNATIONAL)
            if _phone_ok(v):
                return v

    def phone(self, lang="en"):
        if lang == "zh":
            return self.mobile_cn() if self.p(0.8) else (self.landline_cn() if self.p(0.6) else self.phone_intl())
        return self.phone_intl() if self.p(0.75) else self.mobile_cn()

    # cards, bank, ids
    def card(self, brand=None):
        brand = brand or self.ch(["visa", "mc", "amex", "unionpay"])
        if brand == "visa":
            pre, L = "4", 16
        elif brand == "mc":
            pre, L = (str(self.ri(51, 55)) if self.p(0.6) else str(self.ri(2221, 2720))), 16
        elif brand == "amex":
            pre, L = self.ch(["34", "37"]), 15
        else:
            pre, L = self.ch(["622202", "621700", "622848", "623668", "625094", "621483", "622588"]), self.ch([16, 19])
        body = pre + self.rs(string.digits, L - 1 - len(pre))
        num = body + luhn_digit(body)
        k = self.ri(0, 2)
        if k == 0:
            return num
        sep = " " if k == 1 else "-"
        if L == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i:i + 4] for i in range(0, L, 4)]
        return sep.join(groups)

    def iban(self):
        cc = self.ch(list(IBAN_LEN))
        if cc == "DE":
            bban = self.rs(string.digits, 18)
        elif cc == "GB":
            bban = self.ch(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + self.rs(string.digits, 14)
        elif cc == "FR":
            bban = self.rs(string.digits, 23)
        elif cc == "ES":
            bban = self.rs(string.digits, 20)
        elif cc == "NL":
            bban = self.ch(["ABNA", "INGB", "RABO", "TRIO"]) + self.rs(string.digits, 10)
        elif cc == "IT":
            bban = self.ch(PLATE_LET) + self.rs(string.digits, 22)
        else:
            bban = self.rs(string.digits, 17)
        chk = 98 - int(iban_numeric(bban + cc + "00")) % 97
        v = "%s%02d%s" % (cc, chk, bban)
        if self.p(0.4):
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return v

    def ssn(self):
        while True:
            a = self.ri(1, 899)
            if a != 666:
                return "%03d-%02d-%04d" % (a, self.ri(1, 99), self.ri(1, 9999))

    def cnid(self):
        birth = datetime.date(1962, 1, 1) + datetime.timedelta(days=self.ri(0, 15700))
        body = self.ch(CN_AREAS) + birth.strftime("%Y%m%d") + self.rs(string.digits, 3)
        return body + cnid_check(body)

    def passport(self, cn=True):
        if cn:
            k = self.ri(0, 2)
            if k == 0:
                return "E" + self.rs(string.digits, 8)
            if k == 1:
                return "E" + self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.rs(string.digits, 7)
            return "G" + self.rs(string.digits, 8)
        k = self.ri(0, 2)
        if k == 0:
            return self.digits(9)
        if k == 1:
            return self.ch("ACKLMNPRSTUVWZ") + self.rs(string.digits, 8)
        return self.ch("JKLMNPRSTUVWZ") + self.rs(string.digits, 7)

    def plate_cn(self):
        p = self.ch(CN_PROV) + self.ch(PLATE_LET)
        sep = self.ch(["", "", "·", " "])
        if self.p(0.3):
            tail = (self.ch("DF") + self.rs(string.digits, 5)) if self.p(0.5) else (self.rs(string.digits, 5) + self.ch("DF"))
        else:
            tail = list(self.rs(string.digits, 5))
            for _ in range(self.ri(0, 2)):
                tail[self.ri(0, 4)] = self.ch(PLATE_LET)
            tail = "".join(tail)
        return p + sep + tail

    # ips
    def cip(self, v6=0.12):
        if self.p(v6):
            pre = self.ch(["240e", "2408", "2409", "2a02", "2601", "2001:0ee0", "2607:fb90"])
            groups = pre.split(":")
            while len(groups) < 8:
                groups.append("%x" % self.ri(0, 0xffff))
            return ipaddress.IPv6Address(":".join(groups)).compressed
        first = self.ch([36, 39, 42, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117,
                         119, 120, 121, 123, 124, 125, 180, 182, 183, 211, 218, 219, 220, 221, 222, 223,
                         24, 50, 66, 68, 71, 73, 76, 81, 82, 86, 90, 92, 95, 98, 104, 108, 109, 151,
                         173, 174, 176, 185, 188, 194, 195, 212, 213, 217])
        return "%d.%d.%d.%d" % (first, self.ri(0, 255), self.ri(0, 255), self.ri(1, 254))

    def wsip(self):
        if self.p(0.5):
            return "10.%d.%d.%d" % (self.ri(0, 255), self.ri(0, 255), self.ri(2, 254))
        return "192.168.%d.%d" % (self.ri(0, 255), self.ri(2, 254))

    def sip(self):
        k = self.ri(0, 2)
        if k == 0:
            return "10.%d.%d.%d" % (self.ri(0, 255), self.ri(0, 255), self.ri(2, 254))
        if k == 1:
            return "172.%d.%d.%d" % (self.ri(16, 31), self.ri(0, 255), self.ri(2, 254))
        return "192.168.%d.%d" % (self.ri(0, 255), self.ri(2, 254))

    # credentials
    def pw(self):
        k = self.ri(0, 6)
        if k == 0:
            v = self.ch(["Summer", "Winter", "Welcome", "Passw0rd", "Qwer", "Dragon", "Changeme", "Spring",
                         "Monkey", "Shadow"]) + str(self.ri(2019, 2026)) + self.ch("!@#$*")
        elif k == 1:
            v = self.ch(["Aa", "Abc", "Qq", "Zz", "Yh", "Ops", "Db"]) + self.ch(["@", "#", "!", ""]) + self.digits(self.ri(6, 9))
        elif k == 2:
            v = self.rs(ALNUM + "!#%^*_-+=@", self.ri(12, 20))
        elif k == 3:
            v = self.rs(ALNUM, self.ri(16, 32))
        elif k == 4:
            v = self.rs(HEX, self.ch([24, 32]))
        elif k == 5:
            words = ["correct", "horse", "battery", "staple", "orbit", "maple", "copper", "violet", "tundra",
                     "harbor", "lantern", "quartz"]
            v = "-".join(self.r.sample(words, 3)) + "-" + str(self.ri(10, 99))
        else:
            v = base64.b64encode(bytes(self.ri(0, 255) for _ in range(self.ch([18, 24])))).decode()
        return v

    def akid(self, temp=False):
        return ("ASIA" if temp else "AKIA") + self.rs(B32, 16)

    def aws_secret(self):
        return self.rs(ALNUM + "/+", 40)

    def sts_token(self):
        return "IQoJb3JpZ2luX2Vj" + self.rs(ALNUM + "/+", self.ri(180, 260)) + "=="

    def ghp(self):
        k = self.ri(0, 4)
        if k == 4:
            return "github_pat_" + self.rs(UPNUM, 22) + "_" + self.rs(ALNUM, 59)
        return self.ch(["ghp_", "gho_", "ghs_", "ghu_"]) + self.rs(ALNUM, 36)

    def glpat(self):
        return self.ch(["glpat-", "glpat-", "glrt-", "gldt-"]) + self.rs(ALNUM + "_-", 20)

    def slack_tok(self):
        return self.ch(["xoxb-", "xoxp-"]) + self.digits(12) + "-" + self.digits(13) + "-" + self.rs(ALNUM, 24)

    def stripe_key(self):
        return self.ch(["sk_live_", "rk_live_", "sk_test_"]) + "51" + self.rs(ALNUM, self.ri(24, 96))

    def openai_key(self):
        if self.p(0.6):
            return "sk-proj-" + self.rs(ALNUM + "_-", self.ri(48, 120))
        return "sk-" + self.rs(ALNUM, 48)

    def ali_ak(self):
        return ("LTAI5t" + self.rs(ALNUM, 18)) if self.p(0.7) else ("LTAI" + self.rs(ALNUM, 16))

    def ali_sk(self):
        return self.rs(ALNUM, 30)

    def tc_id(self):
        return "AKID" + self.rs(ALNUM, 32)

    def tc_key(self):
        return self.rs(ALNUM, 32)

    def npm_tok(self):
        return "npm_" + self.rs(ALNUM, 36)

    def vault_tok(self):
        return "hvs." + self.rs(ALNUM + "_-", self.ri(24, 90))

    def hexs(self, n):
        return self.rs(HEX, n)

    def jwt(self, alg=None):
        alg = alg or self.ch(["HS256", "RS256", "ES256"])
        hdr = {"alg": alg, "typ": "JWT"}
        if alg != "HS256":
            hdr["kid"] = self.rs(ALNUM + "-_", 22)
        now = int(self.base.timestamp()) + self.ri(-200000, 200000)
        pl = {"sub": self.hexs(8) + "-" + self.hexs(4) + "-" + self.hexs(4) + "-" + self.hexs(4) + "-" + self.hexs(12),
              "iat": now, "exp": now + self.ch([300, 900, 3600, 86400]),
              "iss": "https://" + self.ch(["auth.", "sso.", "login.", "id."]) + self.ch(CORP_DOMAINS)}
        if self.p(0.5):
            pl["scope"] = self.ch(["openid profile", "read:orders", "api:admin", "repo"])
        siglen = {"HS256": 43, "RS256": 342, "ES256": 86}[alg]
        return "%s.%s.%s" % (b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                             b64url(json.dumps(pl, separators=(",", ":")).encode()), self.rs(B64URL, siglen))

    def basic(self, user=None, pw=None):
        user = user or (self.login() if self.p(0.5) else self.sysacct())
        return base64.b64encode(("%s:%s" % (user, pw or self.pw())).encode()).decode()

    def session(self):
        k = self.ri(0, 4)
        if k == 0:
            return "JSESSIONID", self.rs("0123456789ABCDEF", 32)
        if k == 1:
            return "PHPSESSID", self.rs("abcdefghijklmnopqrstuv0123456789", 26)
        if k == 2:
            return "sessionid", self.rs(LOWNUM, 32)
        if k == 3:
            return "connect.sid", "s%3A" + self.rs(ALNUM + "-_", 32) + "." + self.rs(ALNUM + "%", 43).replace("%", "%2F")
        return "_gitlab_session", self.hexs(32)

    def pem(self, escaped_nl=True):
        kind = self.ri(0, 2)
        nl = "\\n" if escaped_nl else " "
        if kind == 0:
            hdr, body = "EC PRIVATE KEY", "MHcCAQEEI" + self.rs(B64, 155)
        elif kind == 1:
            hdr, body = "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + self.rs(B64, 330)
        else:
            hdr, body = "RSA PRIVATE KEY", "MIIEowIBAAKCAQEA" + self.rs(B64, 1570)
        body = nl.join(body[i:i + 64] for i in range(0, len(body), 64))
        return "-----BEGIN %s-----%s" % (hdr, nl), body, "%s-----END %s-----" % (nl, hdr)

    # decoys
    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def sha40(self):
        return self.hexs(40)

    def digest(self):
        return "sha256:" + self.hexs(64)

    def ver(self):
        return "%d.%d.%d" % (self.ri(0, 4), self.ri(0, 40), self.ri(0, 30))

    def order16(self):
        body = "2026" + self.rs(string.digits, 11)
        return body + luhn_digit(body)

    def order11(self):
        return "1" + self.rs(string.digits, 10)

    def aws_acct(self):
        return self.digits(12)

    def port(self):
        return str(self.ch([3306, 5432, 6379, 27017, 5672, 9200, 8080, 8443, 9092, 11211, 1521, 1433]))

    def ephem(self):
        return str(self.ri(32768, 60999))

    def org(self):
        return self.ch(ORGS)

    def repo(self):
        return self.ch(REPOS)

    def svc(self):
        return self.ch(SERVICES)

    def dom(self):
        return self.ch(CORP_DOMAINS)


# ================================================================ English templates


def t_gha_login(b, g):
    ts = g.iso(g.dt(), 7)
    k = g.ri(0, 3)
    if k == 0:
        b.f("⟦ts⟧ [command]/usr/bin/docker login ghcr.io -u ⟦u⟧ -p ⟦tok⟧",
            ts=ts, u=S(g.login(), "PERSON"), tok=S(g.ghp(), "CREDENTIAL"))
    elif k == 1:
        b.f("⟦ts⟧ [command]/usr/bin/git clone --depth=1 https://⟦u⟧:⟦tok⟧@github.com/⟦o⟧/⟦r⟧.git",
            ts=ts, u=S(g.login(), "PERSON"), tok=S(g.ghp(), "CREDENTIAL"), o=g.org(), r=g.repo())
    elif k == 2:
        b.f("⟦ts⟧ [command]/usr/local/bin/npm config set //npm.pkg.github.com/:_authToken ⟦tok⟧",
            ts=ts, tok=S(g.ghp(), "CREDENTIAL"))
    else:
        b.f('⟦ts⟧ \x1b[36;1mecho "//registry.npmjs.org/:_authToken=⟦tok⟧" >> ~/.npmrc\x1b[0m',
            ts=ts, tok=S(g.npm_tok(), "CREDENTIAL"))


def t_git_author(b, g):
    ts = g.iso(g.dt(), 7)
    name, login = g.person_login()
    if g.p(0.3):
        email = "%s+%s@users.noreply.github.com" % (g.digits(8), login)
    else:
        email = g.email(login)
    sha = g.sha40()
    k = g.ri(0, 2)
    if k == 0:
        b.f("⟦ts⟧ commit ⟦sha⟧ Author: ⟦n⟧ <⟦e⟧> Commit: GitHub <⟦nr⟧> Date: ⟦d⟧",
            ts=ts, sha=D(sha, "commit_hash"), n=S(name, "PERSON"), e=S(email, "EMAIL_ADDRESS"),
            nr=D("noreply@github.com", "role_mailbox"), d=g.dt().strftime("%a %b %d %H:%M:%S %Y +0000"))
    elif k == 1:
        n2, l2 = g.person_login()
        b.f("⟦ts⟧ ⟦sha⟧ ⟦n⟧ <⟦e⟧> fix(webhooks): verify signature before parsing -- Co-authored-by: ⟦n2⟧ <⟦e2⟧>",
            ts=ts, sha=D(sha[:g.ri(7, 12)], "commit_hash"), n=S(name, "PERSON"), e=S(email, "EMAIL_ADDRESS"),
            n2=S(n2, "PERSON"), e2=S(g.email(l2), "EMAIL_ADDRESS"))
    else:
        b.f("⟦ts⟧ HEAD is now at ⟦sha⟧ Merge pull request #⟦pr⟧ from ⟦u⟧/fix-⟦t⟧",
            ts=ts, sha=D(sha[:7], "commit_hash"), pr=D(str(g.ri(100, 9999)), "pr_number"),
            u=S(login, "PERSON"), t=g.ch(["refund-timeout", "oauth-redirect", "helm-values", "flaky-e2e"]))


def t_gitlab_ci_dsn(b, g):
    acct = g.ch(["app_rw", "order_rw", "report_ro", "etl_user", "svc-orders", "postgres"])
    pw = pct(g.pw())
    host = g.sip()
    k = g.ri(0, 3)
    esc1, esc2 = ("\x1b[32;1m", "\x1b[0;m") if g.p(0.6) else ("", "")
    if k == 0:
        b.f('⟦a⟧$ echo "DATABASE_URL=postgres://⟦u⟧:⟦pw⟧@⟦h⟧:⟦port⟧/orders?sslmode=require"⟦z⟧',
            a=esc1, z=esc2, u=D(acct, "system_account"), pw=S(pw, "CREDENTIAL"), h=D(host, "server_ip"),
            port=D("5432", "port"))
    elif k == 1:
        b.f("⟦a⟧$ redis-cli -u redis://:⟦pw⟧@⟦h⟧:6379/0 ping⟦z⟧", a=esc1, z=esc2,
            pw=S(pw, "CREDENTIAL"), h=D(host, "server_ip"))
    elif k == 2:
        u = g.login()
        b.f("⟦a⟧$ export AMQP_URL=amqp://⟦u⟧:⟦pw⟧@rabbitmq.⟦d⟧:⟦port⟧/prod⟦z⟧", a=esc1, z=esc2,
            u=S(u, "PERSON"), pw=S(pw, "CREDENTIAL"), d=g.dom(), port=D("5672", "port"))
    else:
        b.f("⟦a⟧$ mysql -h ⟦h⟧ -u ⟦u⟧ -p⟦pw⟧ billing < migrations/0042_add_index.sql⟦z⟧", a=esc1, z=esc2,
            h=D(host, "server_ip"), u=D(acct, "system_account"), pw=S(g.pw().replace("'", ""), "CREDENTIAL"))


def t_jenkins(b, g):
    d = g.dt()
    k = g.ri(0, 2)
    bn = str(g.ri(12, 4800))
    if k == 0:
        b.f("[⟦ts⟧] Started by user ⟦n⟧ Rebuilds build #⟦bn⟧ Running as ⟦sys⟧",
            ts=g.iso(d), n=S(g.name(), "PERSON"), bn=D(bn, "build_number"), sys=D("SYSTEM", "system_account"))
    elif k == 1:
        b.f("⟦t⟧  + curl -sS -u ⟦u⟧:⟦tok⟧ -X POST https://jenkins.⟦d⟧/job/release-⟦s⟧/⟦bn⟧/stop",
            t=d.strftime("%H:%M:%S"), u=S(g.login(), "PERSON"), tok=S("11" + g.hexs(32), "CREDENTIAL"),
            d=g.dom(), s=g.svc(), bn=D(bn, "build_number"))
    else:
        b.f("Started by GitLab push by ⟦n⟧ Checking out Revision ⟦sha⟧ (refs/remotes/origin/main)",
            n=S(g.name(), "PERSON"), sha=D(g.sha40(), "commit_hash"))


def t_drone(b, g):
    name, login = g.person_login()
    b.f('{"author":"⟦u⟧","author_email":"⟦e⟧","author_name":"⟦n⟧","build.number":⟦bn⟧,"commit":"⟦sha⟧",'
        '"event":"push","level":"debug","msg":"trigger: received","ref":"refs/heads/main","repo":"⟦o⟧/⟦r⟧",'
        '"time":"⟦ts⟧"}',
        u=S(login, "PERSON"), e=S(g.email(login), "EMAIL_ADDRESS"), n=S(jesc(name), "PERSON"),
        bn=D(str(g.ri(10, 9000)), "build_number"), sha=D(g.sha40(), "commit_hash"), o=g.org(), r=g.repo(),
        ts=g.iso(g.dt(), 0))


def t_github_audit(b, g):
    d = g.dt()
    act = g.ch(["repo.add_member", "org.add_member", "protected_branch.destroy", "org.update_member",
                "repo.remove_member", "team.add_member"])
    o = g.org()
    if g.p(0.2):
        actor = D(g.ch(["github-actions[bot]", "dependabot[bot]"]), "system_account")
    else:
        actor = S(g.login(), "PERSON")
    b.f('{"@timestamp":⟦ep⟧,"_document_id":"⟦doc⟧","action":"⟦a⟧","actor":"⟦actor⟧","actor_ip":"⟦ip⟧",'
        '"actor_location":{"country_code":"⟦cc⟧"},"org":"⟦o⟧","repo":"⟦o⟧/⟦r⟧","user":"⟦u⟧","operation_type":"modify"}',
        ep=D(g.epoch(d, True), "epoch_timestamp"), doc=g.rs(ALNUM + "-_", 22), a=act, actor=actor,
        ip=S(g.cip(), "IP_ADDRESS"), cc=g.ch(["US", "CN", "DE", "IN", "GB", "SG"]), o=o, r=g.repo(),
        u=S(g.login(), "PERSON"))


def t_push_hook(b, g):
    name, login = g.person_login()
    email = g.email(login)
    sha = g.sha40()
    b.f('{"ref":"refs/heads/⟦br⟧","after":"⟦sha⟧","created":false,"forced":⟦fo⟧,"pusher":{"name":"⟦u⟧","email":"⟦e⟧"},'
        '"sender":{"login":"⟦u⟧","type":"User","site_admin":false},"head_commit":{"message":"⟦m⟧","author":{"name":"⟦n⟧"}}}',
        br=g.ch(["main", "release/2026.12", "hotfix/refund"]), sha=D(sha, "commit_hash"),
        fo=g.ch(["false", "true"]), u=S(login, "PERSON"), e=S(email, "EMAIL_ADDRESS"),
        m=g.ch(["Bump chart version", "Fix flaky test", "Revert \\\"feat: new pricing\\\"", "chore: rotate certs"]),
        n=S(jesc(name), "PERSON"))


def t_gitlab_audit(b, g):
    d = g.dt()
    b.f('{"severity":"INFO","time":"⟦ts⟧","correlation_id":"⟦cid⟧","author_id":⟦aid⟧,"author_name":"⟦n⟧",'
        '"entity_id":⟦eid⟧,"entity_type":"Project","change":"access_level","from":"Developer","to":"Maintainer",'
        '"target_type":"ProjectMember","target_details":"⟦n2⟧","ip_address":"⟦ip⟧","entity_path":"⟦o⟧/⟦r⟧"}',
        ts=g.iso(d), cid=D(g.rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26), "correlation_id"),
        aid=g.ri(2, 900), n=S(jesc(g.name()), "PERSON"), eid=g.ri(10, 3000), n2=S(jesc(g.name()), "PERSON"),
        ip=S(g.cip(), "IP_ADDRESS"), o=g.org(), r=g.repo())


def t_gitlab_api_json(b, g):
    d = g.dt()
    b.f('{"time":"⟦ts⟧","severity":"INFO","duration_s":0.0⟦ms⟧,"status":200,"method":"GET",'
        '"path":"/api/v4/projects/⟦pid⟧/repository/files/config%2Fprod.yml/raw","params":[{"key":"ref","value":"main"},'
        '{"key":"private_token","value":"⟦tok⟧"}],"host":"gitlab.⟦dm⟧","remote_ip":"⟦ip⟧","ua":"python-requests/2.31.0",'
        '"route":"/api/:version/projects/:id/repository/files/:file_path/raw","user_id":⟦uid⟧,"username":"⟦u⟧",'
        '"correlation_id":"⟦cid⟧","meta.caller_id":"GET /api/:version/projects/:id/repository/files/:file_path/raw"}',
        ts=g.iso(d), ms=g.ri(100, 999), pid=g.ri(10, 999), tok=S(g.glpat(), "CREDENTIAL"), dm=g.dom(),
        ip=S(g.cip(), "IP_ADDRESS"), uid=g.ri(2, 900), u=S(g.login(), "PERSON"),
        cid=D(g.rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26), "correlation_id"))


def t_codeowners(b, g):
    b.f("[review-bot] ⟦o⟧/⟦r⟧#⟦pr⟧ CODEOWNERS match /services/payments/** -> @⟦u1⟧ @⟦u2⟧ @⟦o⟧/payments-reviewers; "
        "requested review from ⟦n⟧ (fallback owner)",
        o=g.org(), r=g.repo(), pr=D(str(g.ri(100, 9999)), "pr_number"), u1=S(g.login(), "PERSON"),
        u2=S(g.login(), "PERSON"), n=S(g.name(), "PERSON"))


def t_k8s_event(b, g):
    ns = g.ch(["prod", "default", "payments", "kube-system", "staging"])
    pod = "%s-%s-%s" % (g.svc(), g.rs("bcdfghjklmnpqrstvwxz2456789", 10), g.rs("bcdfghjklmnpqrstvwxz2456789", 5))
    k = g.ri(0, 2)
    age = "%dm%ds" % (g.ri(1, 59), g.ri(0, 59))
    if k == 0:
        b.f('⟦ns⟧   ⟦age⟧   Warning   Failed   pod/⟦pod⟧   Failed to pull image "registry.⟦d⟧/shop/⟦s⟧@⟦dig⟧": '
            'rpc error: code = Unknown desc = failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized',
            ns=ns, age=age, pod=pod, d=g.dom(), s=g.svc(), dig=D(g.digest(), "image_digest"))
    elif k == 1:
        b.f('⟦ns⟧   ⟦age⟧   Normal   Pulled   pod/⟦pod⟧   Successfully pulled image "nginx:⟦v⟧" in 2.81s '
            '(2.81s including waiting). Image size: 70544635 bytes. container ⟦cid⟧',
            ns=ns, age=age, pod=pod, v=D(g.ver(), "version"), cid=D("containerd://" + g.hexs(64), "container_id"))
    else:
        b.f("⟦ns⟧   ⟦age⟧   Warning   FailedScheduling   pod/⟦pod⟧   0/⟦n⟧ nodes are available: 3 Insufficient memory, "
            "2 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/⟦n⟧ nodes are available.",
            ns=ns, age=age, pod=pod, n=g.ri(6, 40))


def t_k8s_audit(b, g):
    d = g.dt()
    user = S(g.email(corp=True), "EMAIL_ADDRESS") if g.p(0.6) else S(g.login(), "PERSON")
    verb, uri = g.ch([("get", "/api/v1/namespaces/prod/secrets/db-creds"),
                      ("create", "/api/v1/namespaces/prod/pods/api-0/exec?command=sh&container=app&stdin=true&tty=true"),
                      ("delete", "/apis/apps/v1/namespaces/payments/deployments/checkout"),
                      ("patch", "/api/v1/namespaces/kube-system/configmaps/aws-auth")])
    b.f('{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"⟦aid⟧","stage":"ResponseComplete",'
        '"requestURI":"⟦uri⟧","verb":"⟦verb⟧","user":{"username":"⟦u⟧","groups":["oidc:sre","system:authenticated"]},'
        '"sourceIPs":["⟦ip⟧"],"userAgent":"kubectl/v⟦kv⟧ (linux/amd64) kubernetes/4b8e819",'
        '"responseStatus":{"metadata":{},"code":200},"requestReceivedTimestamp":"⟦ts⟧"}',
        aid=D(g.uuid(), "uuid"), uri=uri.replace("&", "\\u0026"), verb=verb, u=user, ip=S(g.cip(), "IP_ADDRESS"),
        kv=D("1.%d.%d" % (g.ri(24, 31), g.ri(0, 9)), "version"), ts=g.iso(d, 6))


def t_snoopy_kubectl(b, g):
    d = g.dt()
    u = g.login()
    pid = g.ri(2000, 60000)
    head = "⟦ts⟧ bastion-0⟦h⟧ snoopy[⟦pid⟧]: [login:⟦u⟧ ssid:⟦sid⟧ tty:/dev/pts/⟦tty⟧ uid:⟦uid⟧ cwd:/srv/deploy filename:/usr/local/bin/kubectl]: "
    kw = dict(ts=g.syslog(d), h=g.ri(1, 4), pid=pid, u=S(u, "PERSON"), sid=pid - g.ri(1, 300), tty=g.ri(0, 9),
              uid=g.ri(1001, 1300))
    if g.p(0.5):
        b.f(head + "kubectl -n prod create secret generic db-creds --from-literal=username=⟦a⟧ --from-literal=password='⟦pw⟧'",
            a=D(g.sysacct(), "system_account"), pw=S(g.pw(), "CREDENTIAL"), **kw)
    else:
        b.f(head + "kubectl create secret docker-registry regcred --docker-server=harbor.⟦dm⟧ --docker-username=⟦u⟧ "
            "--docker-password=⟦pw⟧ --docker-email=⟦e⟧", dm=g.dom(), pw=S(g.pw(), "CREDENTIAL"),
            e=S(g.email(u), "EMAIL_ADDRESS"), **kw)


def t_registry(b, g):
    d = g.dt()
    b.f('time="⟦ts⟧" level=info msg="response completed" go.version=go1.20.8 http.request.host=registry.⟦dm⟧ '
        'http.request.id=⟦rid⟧ http.request.method=GET http.request.remoteaddr=⟦ip⟧ '
        'http.request.uri="/v2/shop/⟦s⟧/manifests/⟦dig⟧" http.request.useragent="docker/⟦dv⟧ go/go1.20.10 '
        'git-commit/311b9ff kernel/5.15.0-91-generic os/linux arch/amd64" http.response.contenttype="application/vnd.oci.image.manifest.v1+json" '
        'http.response.duration=8.113ms http.response.status=200 http.response.written=1573 auth.user.name=⟦u⟧',
        ts=g.iso(d, 9), dm=g.dom(), rid=D(g.uuid(), "uuid"), ip=S(g.cip(), "IP_ADDRESS"), s=g.svc(),
        dig=D(g.digest(), "image_digest"), dv=D("%d.%d.%d" % (g.ri(20, 27), g.ri(0, 9), g.ri(0, 9)), "version"),
        u=S(g.login(), "PERSON"))


def t_docker_inspect(b, g):
    b.f('[{"Id":"⟦cid⟧","Created":"⟦ts⟧","Path":"docker-entrypoint.sh","Config":{"Hostname":"⟦h⟧","Env":['
        '"POSTGRES_USER=⟦a⟧","POSTGRES_PASSWORD=⟦pw⟧","AWS_ACCESS_KEY_ID=⟦ak⟧","AWS_SECRET_ACCESS_KEY=⟦sk⟧",'
        '"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","PG_MAJOR=16"],"Image":"postgres:⟦v⟧"}}]',
        cid=D(g.hexs(64), "container_id"), ts=g.iso(g.dt(), 9), h=g.hexs(12), a=D(g.sysacct(), "system_account"),
        pw=S(g.pw(), "CREDENTIAL"), ak=S(g.akid(), "CREDENTIAL"), sk=S(g.aws_secret(), "CREDENTIAL"),
        v=D("16.%d" % g.ri(1, 6), "version"))


def t_terraform(b, g):
    d = g.dt()
    k = g.ri(0, 2)
    if k == 0:
        b.f("⟦ts⟧ [DEBUG] provider.terraform-provider-aws_v⟦v⟧_x5: [aws-sdk-go] DEBUG: Request rds/ModifyDBInstance Details: "
            "---[ REQUEST POST-SIGN ]----------------------------- POST / HTTP/1.1 Host: rds.us-east-1.amazonaws.com "
            "Authorization: AWS4-HMAC-SHA256 Credential=⟦ak⟧/⟦day⟧/us-east-1/rds/aws4_request, "
            "SignedHeaders=content-length;content-type;host;x-amz-date;x-amz-security-token, Signature=⟦sig⟧ "
            "X-Amz-Security-Token: ⟦sts⟧ Action=ModifyDBInstance&DBInstanceIdentifier=prod-billing&MasterUserPassword=⟦pw⟧&Version=2014-10-31",
            ts=g.iso(d, 3, True), v=D("5.%d.0" % g.ri(10, 80), "version"), ak=S(g.akid(True), "CREDENTIAL"),
            day=d.strftime("%Y%m%d"), sig=g.hexs(64), sts=S(g.sts_token(), "CREDENTIAL"),
            pw=S(pct(g.pw()), "CREDENTIAL"))
    elif k == 1:
        b.f('Apply complete! Resources: ⟦a⟧ added, ⟦c⟧ changed, 0 destroyed. Outputs: db_endpoint = "prod-db.c9akciq32.us-east-1.rds.amazonaws.com:⟦port⟧" '
            'db_master_password = "⟦pw⟧" ci_access_key_id = "⟦ak⟧"',
            a=g.ri(1, 9), c=g.ri(0, 5), port=D("5432", "port"), pw=S(g.pw(), "CREDENTIAL"), ak=S(g.akid(), "CREDENTIAL"))
    else:
        u = g.login()
        b.f('module.iam.aws_iam_user.this["⟦u⟧"]: Creation complete after 1s [id=⟦u⟧] '
            'module.iam.aws_iam_access_key.this["⟦u⟧"]: Creation complete after 0s [id=⟦ak⟧]',
            u=S(u, "PERSON"), ak=S(g.akid(), "CREDENTIAL"))


def t_ansible(b, g):
    host = g.ch(["db-01.prod", "bastion", "mysql-primary", "web-03", "redis-02.prod"])
    k = g.ri(0, 2)
    if k == 0:
        b.f("changed: [⟦h⟧] => (item={'name': '⟦u⟧', 'password': '⟦pw⟧', 'host': '10.0.%', 'priv': 'billing.*:SELECT'})",
            h=host, u=S(g.login(), "PERSON"), pw=S(g.pw(), "CREDENTIAL"))
    elif k == 1:
        n, u = g.person_login()
        b.f("ok: [⟦h⟧] => (item={'name': '⟦u⟧', 'comment': '⟦n⟧', 'groups': 'wheel,docker', 'ssh_key': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI⟦k⟧ ⟦e⟧'})",
            h=host, u=S(u, "PERSON"), n=S(n, "PERSON"), k=g.rs(B64, 43), e=S(g.email(u), "EMAIL_ADDRESS"))
    else:
        b.f('⟦ts⟧ p=⟦pid⟧ u=⟦sys⟧ n=ansible | ansible-playbook -i inventories/prod site.yml --tags mysql '
            '--extra-vars "ansible_become_pass=⟦pw⟧ vault_token=⟦vt⟧"',
            ts=g.plain(g.dt(), ",", 3), pid=g.ri(1000, 60000), sys=D(g.ch(["deploy", "ubuntu", "ec2-user"]), "system_account"),
            pw=S(g.pw(), "CREDENTIAL"), vt=S(g.vault_tok(), "CREDENTIAL"))


def t_mysql_general(b, g):
    d = g.dt()
    tid = g.ri(8, 90000)
    k = g.ri(0, 3)
    ts = g.iso(d, 6)
    if k == 0:
        b.f("⟦ts⟧\t⟦tid⟧ Connect\t⟦u⟧@⟦ip⟧ on billing using SSL/TLS", ts=ts, tid=tid,
            u=S(g.login(), "PERSON"), ip=S(g.wsip() if g.p(0.5) else g.cip(0), "IP_ADDRESS"))
    elif k == 1:
        b.f("⟦ts⟧\t⟦tid⟧ Query\tUPDATE users SET email='⟦e⟧', mobile='⟦p⟧', updated_at=NOW() WHERE id=⟦id⟧",
            ts=ts, tid=tid, e=S(g.email(corp=False), "EMAIL_ADDRESS"), p=S(g.phone(), "PHONE_NUMBER"),
            id=D(str(g.ri(1000, 9999999)), "user_id"))
    elif k == 2:
        b.f("⟦ts⟧\t⟦tid⟧ Query\tCREATE USER '⟦u⟧'@'%' IDENTIFIED BY '⟦pw⟧'", ts=ts, tid=tid,
            u=S(g.login(), "PERSON"), pw=S(g.pw(), "CREDENTIAL"))
    else:
        b.f("⟦ts⟧\t⟦tid⟧ Query\tALTER USER '⟦a⟧'@'10.%' IDENTIFIED WITH caching_sha2_password BY '⟦pw⟧'",
            ts=ts, tid=tid, a=D(g.sysacct(), "system_account"), pw=S(g.pw(), "CREDENTIAL"))


def t_mysql_slow(b, g):
    u = g.login()
    b.f("# User@Host: ⟦u⟧[⟦u⟧] @  [⟦ip⟧]  Id: ⟦id⟧ # Query_time: ⟦qt⟧  Lock_time: 0.000012 Rows_sent: 1  "
        "Rows_examined: ⟦re⟧ SET timestamp=⟦ep⟧; SELECT id, nickname FROM customers WHERE phone = '⟦p⟧' LIMIT 1;",
        u=S(u, "PERSON"), ip=S(g.wsip(), "IP_ADDRESS"), id=g.ri(100, 999999), qt="%.6f" % (g.r.random() * 9 + 1),
        re=g.ri(10000, 9000000), ep=D(g.epoch(g.dt()), "epoch_timestamp"), p=S(g.phone(), "PHONE_NUMBER"))


def t_pg_stmt(b, g):
    d = g.dt()
    ts = d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (d.microsecond // 1000)
    if g.p(0.5):
        b.f("⟦ts⟧ [⟦pid⟧] ⟦u⟧@payments LOG:  statement: ALTER ROLE ⟦a⟧ WITH LOGIN PASSWORD '⟦pw⟧' VALID UNTIL '2027-06-01';",
            ts=ts, pid=g.ri(1000, 60000), u=S(g.login(), "PERSON"), a=D(g.ch(["report_ro", "app_rw", "etl_user", "replicator"]), "system_account"),
            pw=S(g.pw(), "CREDENTIAL"))
    else:
        b.f("⟦ts⟧ [⟦pid⟧] ⟦u⟧@payments LOG:  connection authorized: user=⟦u⟧ database=payments application_name=psql "
            "SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)",
            ts=ts, pid=g.ri(1000, 60000), u=S(g.login(), "PERSON"))


def t_pg_csvlog(b, g):
    if g.p(0.5):
        return t_pg_stmt(b, g)
    d = g.dt()
    u = g.login()
    pid = g.ri(1000, 60000)
    ts = d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (d.microsecond // 1000)
    b.f('⟦ts⟧,"⟦u⟧","payments",⟦pid⟧,"⟦ip⟧:⟦port⟧",⟦sid⟧,1,"authentication",⟦ts2⟧ UTC,3/⟦vx⟧,0,FATAL,28P01,'
        '"password authentication failed for user ""⟦u⟧""","Connection matched file ""/etc/postgresql/16/main/pg_hba.conf"" line 97: ""host all all 0.0.0.0/0 scram-sha-256""",,,,,,,,,"psql","client backend",,0',
        ts=ts, u=S(u, "PERSON"), pid=pid, ip=S(g.cip(0), "IP_ADDRESS"), port=D(g.ephem(), "port"),
        sid=D("%x.%x" % (int(d.timestamp()), pid), "pg_session_id"), ts2=d.strftime("%Y-%m-%d %H:%M:%S"),
        vx=g.ri(100, 9999))


def t_mongo(b, g):
    d = g.dt()
    ok = g.p(0.5)
    attr_err = "" if ok else ',"error":"AuthenticationFailed: SCRAM authentication failed, storedKey mismatch"'
    b.f('{"t":{"$date":"⟦ts⟧"},"s":"I","c":"ACCESS","id":⟦id⟧,"ctx":"conn⟦cn⟧","msg":"⟦msg⟧",'
        '"attr":{"mechanism":"SCRAM-SHA-256","speculative":⟦sp⟧,"principalName":"⟦u⟧","authenticationDatabase":"admin",'
        '"remote":"⟦ip⟧:⟦port⟧","extraInfo":{}⟦err⟧}}',
        ts=g.iso(d, 3, True).replace("Z", "+00:00"), id=20250 if ok else 20249, cn=g.ri(10, 99999),
        msg="Authentication succeeded" if ok else "Authentication failed", sp=g.ch(["true", "false"]),
        u=S(g.login(), "PERSON"), ip=S(g.wsip() if g.p(0.4) else g.cip(0), "IP_ADDRESS"),
        port=D(g.ephem(), "port"), err=attr_err)


def t_redis_monitor(b, g):
    d = g.dt()
    ts = "%s.%06d" % (g.epoch(d), d.microsecond)
    k = g.ri(0, 2)
    if k == 0:
        b.f('⟦ts⟧ [0 ⟦h⟧:⟦port⟧] "AUTH" "⟦pw⟧"', ts=D(ts, "epoch_timestamp"), h=D(g.sip(), "server_ip"),
            port=g.ephem(), pw=S(g.pw(), "CREDENTIAL"))
    elif k == 1:
        b.f('⟦ts⟧ [0 ⟦h⟧:⟦port⟧] "AUTH" "⟦u⟧" "⟦pw⟧"', ts=D(ts, "epoch_timestamp"), h=D(g.sip(), "server_ip"),
            port=g.ephem(), u=S(g.login(), "PERSON"), pw=S(g.pw(), "CREDENTIAL"))
    else:
        nm = g.zh_name() if g.p(0.6) else g.en_name()
        b.f('⟦ts⟧ [3 ⟦h⟧:⟦port⟧] "HSET" "user:profile:⟦uid⟧" "name" "⟦n⟧" "email" "⟦e⟧" "mobile" "⟦p⟧"',
            ts=D(ts, "epoch_timestamp"), h=D(g.sip(), "server_ip"), port=g.ephem(), uid=g.ri(1000, 9999999),
            n=S(redis_esc(nm), "PERSON"), e=S(g.email(corp=False), "EMAIL_ADDRESS"), p=S(g.phone(), "PHONE_NUMBER"))


def t_es_slowlog(b, g):
    d = g.dt()
    k = g.ri(0, 1)
    if k == 0:
        field, val = "email.keyword", S(g.email(corp=False), "EMAIL_ADDRESS")
    else:
        field, val = "phone", S(g.phone(), "PHONE_NUMBER")
    b.f('[⟦ts⟧][WARN ][index.search.slowlog.query] [es-data-0⟦n⟧] [customers-v⟦iv⟧][⟦sh⟧] took[⟦t⟧s], took_millis[⟦tm⟧], '
        'total_hits[1 hits], stats[], search_type[QUERY_THEN_FETCH], total_shards[6], '
        'source[{"size":10,"query":{"term":{"⟦f⟧":{"value":"⟦v⟧","boost":1.0}}}}], id[⟦xid⟧], ',
        ts=d.strftime("%Y-%m-%dT%H:%M:%S,") + "%03d" % (d.microsecond // 1000), n=g.ri(1, 9), iv=g.ri(1, 7),
        sh=g.ri(0, 5), t="%.1f" % (g.r.random() * 4 + 1), tm=g.ri(1000, 5000), f=field, v=val,
        xid=D(g.uuid(), "uuid"))


def t_jdbc(b, g):
    d = g.dt()
    head = "⟦ts⟧  ⟦lv⟧ 1 --- [           main] com.zaxxer.hikari.HikariConfig           : jdbcUrl........................"
    kw = dict(ts=g.plain(d, ".", 3), lv=g.ch(["INFO", "DEBUG"]))
    k = g.ri(0, 3)
    if k == 0:
        b.f(head + "jdbc:mysql://⟦h⟧:⟦port⟧/shop?user=⟦a⟧&password=⟦pw⟧&useSSL=false&serverTimezone=Asia/Shanghai",
            h=D(g.sip(), "server_ip"), port=D("3306", "port"), a=D(g.sysacct(), "system_account"),
            pw=S(pct(g.pw()), "CREDENTIAL"), **kw)
    elif k == 1:
        b.f(head + "jdbc:sqlserver://mssql-crm.⟦dm⟧:1433;databaseName=crm;user=⟦u⟧;password=⟦pw⟧;encrypt=true;trustServerCertificate=false",
            dm=g.dom(), u=S(g.login(), "PERSON"), pw=S(g.pw().replace(";", ""), "CREDENTIAL"), **kw)
    elif k == 2:
        b.f(head + "jdbc:oracle:thin:⟦a⟧/⟦pw⟧@//⟦h⟧:1521/ORCLPDB1",
            a=D(g.sysacct(), "system_account"), pw=S(g.rs(ALNUM, g.ri(10, 18)), "CREDENTIAL"), h=D(g.sip(), "server_ip"), **kw)
    else:
        b.f("⟦ts⟧ ERROR [main] o.s.d.m.core.MongoTemplate : Exception connecting to "
            "mongodb+srv://⟦a⟧:⟦pw⟧@cluster0.⟦c⟧.mongodb.net/orders?retryWrites=true&w=majority&appName=⟦s⟧",
            ts=g.plain(d, ".", 3), a=D(g.ch(["svc-orders", "svc-billing", "etl_user"]), "system_account"),
            pw=S(pct(g.pw()), "CREDENTIAL"), c=g.rs(LOWNUM, 5), s=g.svc())



def t_kong(b, g):
    d = g.dt()
    em = g.email(corp=False)
    if g.p(0.5):
        hdrs = '"apikey":"⟦tok⟧"'
        tok = S(g.rs(ALNUM, 32), "CREDENTIAL")
    else:
        hdrs = '"authorization":"Bearer ⟦tok⟧"'
        tok = S(g.jwt(), "CREDENTIAL")
    b.f('{"request":{"method":"GET","uri":"/v1/users?email=⟦e⟧","url":"https://api.⟦dm⟧:8443/v1/users?email=⟦e⟧",'
        '"headers":{"host":"api.⟦dm⟧",' + hdrs + ',"user-agent":"okhttp/4.12.0"}},"client_ip":"⟦ip⟧",'
        '"started_at":⟦ep⟧,"response":{"status":200,"size":812},"latencies":{"proxy":12,"kong":3,"request":15},'
        '"service":{"name":"users-svc","host":"users.internal"},"consumer":{"id":"⟦cid⟧","username":"mobile-app"}}',
        e=S(pct(em), "EMAIL_ADDRESS"), dm=g.dom(), tok=tok, ip=S(g.cip(), "IP_ADDRESS"),
        ep=D(g.epoch(d, True), "epoch_timestamp"), cid=D(g.uuid(), "uuid"))


def t_apigw(b, g):
    d = g.dt()
    name, login = g.person_login()
    b.f('{"requestId":"⟦rid⟧","ip":"⟦ip⟧","caller":"-","user":"-","requestTime":"⟦rt⟧","httpMethod":"POST",'
        '"resourcePath":"/v1/orders","status":"201","protocol":"HTTP/1.1","responseLength":"142",'
        '"authorizer.claims.email":"⟦e⟧","authorizer.claims.cognito:username":"⟦u⟧","requestTimeEpoch":⟦ep⟧}',
        rid=D(g.uuid(), "uuid"), ip=S(g.cip(), "IP_ADDRESS"), rt=g.clf(d), e=S(g.email(login), "EMAIL_ADDRESS"),
        u=S(login, "PERSON"), ep=D(g.epoch(d, True), "epoch_timestamp"))


def t_ingress(b, g):
    d = g.dt()
    if g.p(0.5):
        q = "/api/v2/profile?phone=⟦v⟧"
        ph = g.phone()
        v = S(pct(ph) if g.p(0.7) else ph.replace(" ", "%20"), "PHONE_NUMBER")
    else:
        q = "/api/v2/invite?email=⟦v⟧&role=viewer"
        v = S(pct(g.email()), "EMAIL_ADDRESS")
    ru = S(g.login(), "PERSON") if g.p(0.4) else "-"
    b.f('⟦ip⟧ - ⟦ru⟧ [⟦t⟧] "GET ' + q + ' HTTP/2.0" 200 ⟦sz⟧ "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) '
        'AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15" 512 0.0⟦rt⟧ [prod-api-8080] [] ⟦up⟧:8080 ⟦sz⟧ 0.0⟦rt⟧ 200 ⟦rid⟧',
        ip=S(g.cip(), "IP_ADDRESS"), ru=ru, t=g.clf(d), v=v, sz=g.ri(100, 5000), rt=g.ri(10, 99),
        up=D("10.244.%d.%d" % (g.ri(0, 40), g.ri(2, 250)), "server_ip"), rid=D(g.hexs(32), "request_id"))


def t_keycloak(b, g):
    d = g.dt()
    typ, err = g.ch([("LOGIN_ERROR", "invalid_user_credentials"), ("RESET_PASSWORD_ERROR", "user_not_found"),
                     ("LOGIN_ERROR", "user_temporarily_disabled"), ("CODE_TO_TOKEN_ERROR", "invalid_code")])
    user = S(g.email(corp=True), "EMAIL_ADDRESS") if g.p(0.5) else S(g.login(), "PERSON")
    cid = g.uuid()
    if g.p(0.5):
        b.f('⟦ts⟧ WARN  [org.keycloak.events] (executor-thread-⟦th⟧) type="⟦ty⟧", realmId="⟦rid⟧", realmName="corp", '
            'clientId="grafana", userId="null", sessionId="null", ipAddress="⟦ip⟧", error="⟦er⟧", auth_method="openid-connect", '
            'auth_type="code", redirect_uri="https://grafana.⟦dm⟧/login/generic_oauth", code_id="⟦cid⟧", username="⟦u⟧"',
            ts=g.plain(d, ",", 3), th=g.ri(1, 90), ty=typ, rid=D(g.uuid(), "uuid"), ip=S(g.cip(), "IP_ADDRESS"),
            er=err, dm=g.dom(), cid=D(cid, "uuid"), u=user)
    else:
        b.f("⟦ts⟧ WARN  [org.keycloak.events] (default task-⟦th⟧) type=⟦ty⟧, realmId=corp, clientId=argocd, userId=null, "
            "ipAddress=⟦ip⟧, error=⟦er⟧, auth_method=openid-connect, redirect_uri=https://argocd.⟦dm⟧/auth/callback, "
            "code_id=⟦cid⟧, username=⟦u⟧, authSessionParentId=⟦cid2⟧",
            ts=g.plain(d, ",", 3), th=g.ri(1, 90), ty=typ, ip=S(g.cip(), "IP_ADDRESS"), er=err, dm=g.dom(),
            cid=D(cid, "uuid"), u=user, cid2=D(cid, "uuid"))


def t_oidc_grant(b, g):
    d = g.dt()
    if g.p(0.5):
        u = S(g.login(), "PERSON")
    else:
        u = S(pct(g.email(corp=True)), "EMAIL_ADDRESS")
    b.f("⟦ts⟧ DEBUG [io.undertow.request.dump] (default I/O-⟦n⟧) POST /realms/corp/protocol/openid-connect/token "
        "body=grant_type=password&client_id=ops-cli&client_secret=⟦cs⟧&username=⟦u⟧&password=⟦pw⟧&scope=openid",
        ts=g.plain(d, ",", 3), n=g.ri(1, 16), cs=S(g.rs(ALNUM, 32), "CREDENTIAL"), u=u,
        pw=S(pct(g.pw()), "CREDENTIAL"))


def t_cloudtrail(b, g):
    d = g.dt()
    u = g.login()
    acct = g.aws_acct()
    ev = g.ch(["CreateAccessKey", "ConsoleLogin", "PutBucketPolicy", "GetSecretValue", "AttachUserPolicy"])
    b.f('{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"⟦pid⟧","arn":"arn:aws:iam::⟦acct⟧:user/⟦u⟧",'
        '"accountId":"⟦acct2⟧","accessKeyId":"⟦ak⟧","userName":"⟦u⟧"},"eventTime":"⟦ts⟧","eventSource":"iam.amazonaws.com",'
        '"eventName":"⟦ev⟧","awsRegion":"us-east-1","sourceIPAddress":"⟦ip⟧","userAgent":"aws-cli/2.15.⟦v⟧ Python/3.11.6 Darwin/23.1.0",'
        '"requestID":"⟦rq⟧","eventID":"⟦eid⟧","readOnly":false,"eventType":"AwsApiCall"}',
        pid=D("AIDA" + g.rs(B32, 17), "principal_id"), acct=acct, acct2=D(acct, "account_id"), ak=S(g.akid(), "CREDENTIAL"),
        u=S(u, "PERSON"), ts=g.iso(d, 0), ev=ev, ip=S(g.cip(), "IP_ADDRESS"), v=g.ri(0, 30),
        rq=g.uuid(), eid=D(g.uuid(), "uuid"))


def t_gcp_audit(b, g):
    d = g.dt()
    proj = g.ch(["prod-payments-4821", "acme-data-lake", "shop-core-prod"])
    b.f('{"protoPayload":{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","status":{},'
        '"authenticationInfo":{"principalEmail":"⟦e⟧"},"requestMetadata":{"callerIp":"⟦ip⟧",'
        '"callerSuppliedUserAgent":"google-cloud-sdk gcloud/⟦v⟧ command/gcloud.iam.service-accounts.keys.create"},'
        '"serviceName":"iam.googleapis.com","methodName":"google.iam.admin.v1.CreateServiceAccountKey",'
        '"resourceName":"projects/-/serviceAccounts/⟦sa⟧"},"insertId":"⟦iid⟧","resource":{"type":"service_account",'
        '"labels":{"project_id":"⟦p⟧"}},"timestamp":"⟦ts⟧","severity":"NOTICE"}',
        e=S(g.email(corp=True), "EMAIL_ADDRESS"), ip=S(g.cip(), "IP_ADDRESS"), v=D("4%d.0.0" % g.ri(50, 99), "version"),
        sa=D("deploy-bot@%s.iam.gserviceaccount.com" % proj, "system_account"), iid=g.rs(LOWNUM, 12), p=proj,
        ts=g.iso(d, 6))


def t_azure_activity(b, g):
    d = g.dt()
    name = g.name()
    b.f('{"time":"⟦ts⟧","resourceId":"/SUBSCRIPTIONS/⟦sub⟧/RESOURCEGROUPS/RG-PROD/PROVIDERS/MICROSOFT.KEYVAULT/VAULTS/KV-PAYMENTS",'
        '"operationName":"MICROSOFT.KEYVAULT/VAULTS/WRITE","category":"Administrative","resultType":"Success",'
        '"callerIpAddress":"⟦ip⟧","correlationId":"⟦cid⟧","identity":{"claims":{"name":"⟦n⟧",'
        '"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn":"⟦e⟧","ipaddr":"⟦ip⟧"}},"level":"Information"}',
        ts=g.iso(d, 7), sub=D(g.uuid().upper(), "uuid"), ip=S(g.cip(), "IP_ADDRESS"), cid=D(g.uuid(), "uuid"),
        n=S(jesc(name), "PERSON"), e=S(g.email(corp=True), "EMAIL_ADDRESS"))


def t_s3_access(b, g):
    d = g.dt()
    bucket = g.ch(["acme-exports", "prod-reports-us", "shop-user-uploads"])
    u = g.login()
    acct = g.aws_acct()
    obj = g.ch(["exports/users-2026-12.csv", "reports/payroll.xlsx", "backups/crm.sql.gz"])
    b.f('⟦own⟧ ⟦bk⟧ [⟦t⟧] ⟦ip⟧ arn:aws:iam::⟦acct⟧:user/⟦u⟧ ⟦rid⟧ REST.GET.OBJECT ⟦obj⟧ '
        '"GET /⟦bk⟧/⟦obj⟧?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=⟦ak⟧%2F⟦day⟧%2Fus-east-1%2Fs3%2Faws4_request'
        '&X-Amz-Date=⟦amzd⟧&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=⟦sig⟧ HTTP/1.1" 200 - ⟦sz⟧ ⟦sz⟧ 70 10 "-" '
        '"curl/8.4.0" - ⟦hid⟧ SigV4 TLS_AES_128_GCM_SHA256 QueryString ⟦bk⟧.s3.amazonaws.com TLSv1.3 - -',
        own=g.hexs(64), bk=bucket, t=g.clf(d), ip=S(g.cip(), "IP_ADDRESS"), acct=D(acct, "account_id"), u=S(u, "PERSON"),
        rid=D(g.rs("0123456789ABCDEF", 16), "request_id"), obj=obj, ak=S(g.akid(), "CREDENTIAL"), day=d.strftime("%Y%m%d"),
        amzd=d.strftime("%Y%m%dT%H%M%SZ"), sig=g.hexs(64), sz=g.ri(1000, 9000000), hid=g.rs(ALNUM + "+/", 56) + "=")


def t_sentry(b, g):
    d = g.dt()
    name, login = g.person_login()
    ck, cv = g.session()
    b.f('{"event_id":"⟦eid⟧","level":"error","platform":"python","timestamp":⟦ep⟧,"release":"api@⟦v⟧",'
        '"user":{"id":"⟦uid⟧","email":"⟦e⟧","ip_address":"⟦ip⟧","username":"⟦u⟧"},'
        '"request":{"url":"https://api.⟦dm⟧/v1/checkout","method":"POST","headers":[["Cookie","⟦ck⟧=⟦cv⟧"]]},'
        '"exception":{"values":[{"type":"KeyError","value":"\'shipping_address\'"}]}}',
        eid=D(g.hexs(32), "event_id"), ep="%s.%03d" % (g.epoch(d), d.microsecond // 1000),
        v=D(g.ver(), "version"), uid=g.ri(1000, 999999), e=S(g.email(login, corp=False), "EMAIL_ADDRESS"),
        ip=S(g.cip(), "IP_ADDRESS"), u=S(login, "PERSON"), dm=g.dom(), ck=ck, cv=S(cv, "CREDENTIAL"))


def t_otel(b, g):
    em = g.email(corp=False)
    b.f('{"traceId":"⟦tid⟧","spanId":"⟦sid⟧","name":"SELECT shop.users","kind":"SPAN_KIND_CLIENT",'
        '"attributes":{"db.system":"postgresql","db.statement":"SELECT id, password_hash FROM users WHERE email = \'⟦e⟧\' LIMIT 1",'
        '"enduser.id":"⟦u⟧","server.address":"⟦h⟧","server.port":5432},"status":{"code":"STATUS_CODE_UNSET"}}',
        tid=D(g.hexs(32), "trace_id"), sid=D(g.hexs(16), "span_id"), e=S(em, "EMAIL_ADDRESS"),
        u=S(g.login(), "PERSON"), h=D(g.sip(), "server_ip"))


def t_feature_flag(b, g):
    d = g.dt()
    name, login = g.person_login()
    flag = g.ch(["new-checkout", "pricing-v2", "dark-mode", "fast-refund", "ai-search"])
    if g.p(0.5):
        b.f('⟦ts⟧ DEBUG unleash-client: evaluated ⟦f⟧=true for context {userId: "⟦u⟧", sessionId: "⟦sid⟧", '
            'remoteAddress: "⟦ip⟧", properties: {email: "⟦e⟧"}}',
            ts=g.iso(d), f=flag, u=S(login, "PERSON"), sid=S(g.rs(LOWNUM, 24), "CREDENTIAL"),
            ip=S(g.cip(), "IP_ADDRESS"), e=S(g.email(login), "EMAIL_ADDRESS"))
    else:
        b.f('[LaunchDarkly] ⟦ts⟧ INFO: FeatureEvent {"kind":"feature","key":"⟦f⟧","value":true,"variation":1,'
            '"context":{"kind":"user","key":"usr_⟦k⟧","name":"⟦n⟧","email":"⟦e⟧"},"creationDate":⟦ep⟧}',
            ts=g.iso(d), f=flag, k=g.rs(ALNUM, 14), n=S(jesc(name), "PERSON"), e=S(g.email(login), "EMAIL_ADDRESS"),
            ep=D(g.epoch(d, True), "epoch_timestamp"))


def t_env_dump(b, g):
    d = g.dt()
    k = g.ri(0, 2)
    if k == 0:
        b.f("⟦ts⟧ DEBUG config loaded: DB_HOST=⟦h⟧ DB_USER=⟦a⟧ DB_PASSWORD=⟦pw⟧ STRIPE_SECRET_KEY=⟦sk⟧ "
            "OPENAI_API_KEY=⟦oa⟧ LOG_LEVEL=debug",
            ts=g.iso(d), h=D(g.sip(), "server_ip"), a=D(g.sysacct(), "system_account"), pw=S(g.pw(), "CREDENTIAL"),
            sk=S(g.stripe_key(), "CREDENTIAL"), oa=S(g.openai_key(), "CREDENTIAL"))
    elif k == 1:
        b.f("settings = {'DEBUG': False, 'SENTRY_DSN': 'https://⟦key⟧@o⟦o⟧.ingest.sentry.io/⟦p⟧', "
            "'STRIPE_WEBHOOK_SECRET': '⟦wh⟧', 'SLACK_BOT_TOKEN': '⟦sl⟧', 'ALLOWED_HOSTS': ['*']}",
            key=S(g.hexs(32), "CREDENTIAL"), o=g.ri(100000, 999999), p=g.ri(1000000, 9999999),
            wh=S("whsec_" + g.rs(ALNUM, 32), "CREDENTIAL"), sl=S(g.slack_tok(), "CREDENTIAL"))
    else:
        b.f('env: {"NODE_ENV":"production","REDIS_URL":"redis://default:⟦pw⟧@⟦h⟧:⟦port⟧","GITHUB_TOKEN":"⟦gh⟧",'
            '"DATADOG_API_KEY":"⟦dd⟧","PORT":"8080"}',
            pw=S(pct(g.pw()), "CREDENTIAL"), h=D(g.sip(), "server_ip"), port=D("6379", "port"),
            gh=S(g.ghp(), "CREDENTIAL"), dd=S(g.hexs(32), "CREDENTIAL"))


def t_slack(b, g):
    d = g.dt()
    if g.p(0.5):
        b.f("⟦ts⟧ ERROR notifier: POST https://hooks.slack.com/services/T0⟦t⟧/B0⟦bb⟧/⟦sec⟧ failed: 404 no_service "
            "(channel #deploys, requested by ⟦n⟧)",
            ts=g.iso(d), t=g.rs(UPNUM, 8), bb=g.rs(UPNUM, 9), sec=S(g.rs(ALNUM, 24), "CREDENTIAL"),
            n=S(g.name(), "PERSON"))
    else:
        b.f('⟦ts⟧ WARN slack_sdk.web.base_client: Received the following response - status: 200, headers: {}, '
            'body: {"ok":false,"error":"invalid_auth"} (token=⟦tok⟧, user=@⟦u⟧)',
            ts=g.plain(d, ",", 3), tok=S(g.slack_tok(), "CREDENTIAL"), u=S(g.login(), "PERSON"))


def t_pem_json(b, g):
    pre, body, post = g.pem(True)
    b.f('{"level":"debug","msg":"loaded tls material","path":"secret/data/⟦s⟧/tls","data":{"cert_file":"/etc/ssl/⟦s⟧.crt",'
        '"private_key":"⟦pre⟧⟦body⟧⟦post⟧"},"lease_id":"","renewable":false,"request_id":"⟦rid⟧"}',
        s=g.svc(), pre=pre, body=S(body, "CREDENTIAL"), post=post, rid=D(g.uuid(), "uuid"))


def t_pgdump(b, g):
    d = g.dt()
    k = g.ri(0, 1)
    if k == 0:
        b.f("+ PGPASSWORD=⟦pw⟧ pg_dump -h ⟦h⟧ -U ⟦u⟧ -d billing -F c -f /backups/billing_⟦day⟧.dump",
            pw=S(g.pw(), "CREDENTIAL"), h=D(g.sip(), "server_ip"), u=S(g.login(), "PERSON"), day=d.strftime("%Y%m%d"))
    else:
        b.f("[⟦ts⟧] cron.backup: running mysqldump --host=⟦h⟧ --user=⟦a⟧ --password=⟦pw⟧ --single-transaction crm | gzip > "
            "/backups/crm.sql.gz (owner: ⟦n⟧)",
            ts=g.iso(d, 0), h=D(g.sip(), "server_ip"), a=D(g.sysacct(), "system_account"), pw=S(g.pw(), "CREDENTIAL"),
            n=S(g.name(), "PERSON"))


def t_image_pull(b, g):
    ts = g.iso(g.dt(), 7)
    img = g.ch(["node", "python", "golang", "postgres", "redis"])
    v = "%d.%d.%d-alpine" % (g.ri(10, 22), g.ri(0, 12), g.ri(0, 9))
    b.f("⟦ts⟧ ⟦v⟧: Pulling from library/⟦i⟧ Digest: ⟦dig⟧ Status: Downloaded newer image for ⟦i⟧:⟦v2⟧ "
        "(layer ⟦lay⟧ already exists)",
        ts=ts, v=D(v, "version"), v2=v, i=img,
        dig=D(g.digest(), "image_digest"), lay=D(g.hexs(12), "layer_id"))


def t_pagerduty(b, g):
    n1 = g.name()
    b.f("[FIRING:1] HighErrorRate ⟦s⟧ (prod, us-east-1) -- on-call: ⟦n1⟧ (⟦p⟧), escalation: @⟦u⟧; "
        "notification sent from ⟦rm⟧",
        s=g.svc(), n1=S(n1, "PERSON"), p=S(g.phone("en"), "PHONE_NUMBER"), u=S(g.login(), "PERSON"),
        rm=D(g.role_mail(), "role_mailbox"))


def t_postmortem(b, g):
    sur, title = g.surname("en")
    pf, place = g.ch([("Darwin", "Victoria Street"), ("Turing", "King Street"), ("Lovelace", "Elizabeth Street"),
                      ("Hopper", "Jefferson Avenue"), ("Newton", "Lincoln Road")])
    b.f("INC-⟦c⟧ postmortem: during the ⟦pf⟧ migration ⟦t⟧ ⟦s⟧ from the colo at ⟦pl⟧ confirmed the BGP session "
        "flapped; owner ⟦n⟧ to add alerting",
        c=D(str(g.ri(10000, 99999)), "case_number"), pf=D(pf, "public_figure"), t=title, s=S(sur, "PERSON"),
        pl=D(place, "place"), n=S(g.name(), "PERSON"))


def t_card_debug(b, g):
    d = g.dt()
    brand = g.ch(["McDonald's", "Dell", "Ford", "Disney", "Ferrari", "Boeing"])
    b.f('⟦ts⟧ DEBUG payments.stripe_adapter: create_payment_method card[number]=⟦c⟧ card[exp_month]=⟦m⟧ '
        'card[exp_year]=20⟦y⟧ billing_details[email]=⟦e⟧ merchant="⟦b⟧ Store #⟦sn⟧" amount=⟦amt⟧',
        ts=g.iso(d), c=S(g.card(g.ch(["visa", "mc", "amex"])), "CREDIT_CARD"), m="%02d" % g.ri(1, 12),
        y=g.ri(27, 32), e=S(g.email(corp=False), "EMAIL_ADDRESS"), b=D(brand, "company"), sn=g.ri(100, 9999),
        amt=D("%d" % g.ri(100, 99999), "amount"))


def t_payout(b, g):
    d = g.dt()
    b.f('⟦ip⟧ - - [⟦t⟧] "POST /v1/payouts HTTP/1.1" 201 331 reqbody={"iban":"⟦ib⟧","account_holder":"⟦n⟧",'
        '"amount":⟦amt⟧,"currency":"EUR","reference":"⟦ref⟧"}',
        ip=S(g.cip(), "IP_ADDRESS"), t=g.clf(d), ib=S(g.iban(), "IBAN_CODE"), n=S(jesc(g.en_name()), "PERSON"),
        amt=D("%d.%02d" % (g.ri(10, 9000), g.ri(0, 99)), "amount"), ref=D("PO-" + g.digits(8), "order_id"))


def t_sentry_ssn(b, g):
    d = g.dt()
    b.f("Sentry frame locals (app/underwriting/checks.py in run_check, line ⟦ln⟧): {'applicant': '⟦n⟧', 'ssn': '⟦ssn⟧', "
        "'dob': '19⟦yy⟧-0⟦mm⟧-1⟦dd⟧', 'score': ⟦sc⟧, 'trace_id': '⟦tid⟧'}",
        ln=g.ri(20, 400), n=S(g.en_name(), "PERSON"), ssn=S(g.ssn(), "US_SSN"), yy=g.ri(50, 99), mm=g.ri(1, 9),
        dd=g.ri(0, 9), sc=g.ri(300, 850), tid=D(g.hexs(32), "trace_id"))


def t_kyc_passport(b, g):
    d = g.dt()
    cn = g.p(0.5)
    nm = g.zh_pair()[0] if cn else g.en_name()
    b.f('⟦ts⟧ INFO kyc.verify doc_type=passport doc_number=⟦pp⟧ issuing_country=⟦cc⟧ name="⟦n⟧" result=MATCH '
        'vendor_ref=⟦ref⟧ operator=⟦u⟧',
        ts=g.iso(d), pp=S(g.passport(cn), "PASSPORT"), cc="CHN" if cn else g.ch(["USA", "GBR", "IND", "DEU"]),
        n=S(nm, "PERSON"), ref=D(g.uuid(), "uuid"), u=S(g.login(), "PERSON"))



def t_basic_curl(b, g):
    d = g.dt()
    u = g.login()
    pw = g.pw()
    b.f("⟦ts⟧ [DEBUG] http.client: send: b'GET /artifactory/api/npm/npm-remote/ HTTP/1.1\\r\\nHost: artifacts.⟦dm⟧\\r\\n"
        "Authorization: Basic ⟦tok⟧\\r\\nUser-Agent: ⟦ua⟧\\r\\n\\r\\n' (ci user ⟦u⟧)",
        ts=g.iso(d), dm=g.dom(), tok=S(g.basic(u, pw), "CREDENTIAL"), ua="python-requests/2.31.0",
        u=S(u, "PERSON"))




# ================================================================ Chinese templates


def c_dingtalk_alert(b, g):
    ph = g.mobile_cn(0)
    b.f('{"msgtype":"text","text":{"content":"【P⟦lv⟧告警】⟦s⟧ 5xx 比例 ⟦pct⟧% 超过阈值 5%，值班人员：⟦n⟧（⟦p⟧），负责人：@⟦n2⟧ 请及时处理"},'
        '"at":{"atMobiles":["⟦p⟧"],"isAtAll":false}}',
        lv=g.ri(0, 2), s=g.svc(), pct="%.1f" % (g.r.random() * 30 + 5), n=S(g.zh_name(), "PERSON"), p=S(ph, "PHONE_NUMBER"),
        n2=S(g.zh_name(), "PERSON"))


def c_dingtalk_fail(b, g):
    d = g.dt(CST)
    b.f("⟦ts⟧ [ERROR] 钉钉机器人推送失败: errcode=310000 errmsg=签名不匹配 webhook=https://oapi.dingtalk.com/robot/send?"
        "access_token=⟦tok⟧&timestamp=⟦ep⟧ secret=⟦sec⟧ 告警群=SRE-核心链路",
        ts=g.plain(d), tok=S(g.hexs(64), "CREDENTIAL"), ep=D(g.epoch(d, True), "epoch_timestamp"),
        sec=S("SEC" + g.hexs(64), "CREDENTIAL"))


def c_wecom_md(b, g):
    b.f('POST https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=⟦key⟧ body={"msgtype":"markdown","markdown":{"content":'
        '"## 发布通知\\n>服务：<font color=\\"info\\">⟦s⟧</font>\\n>版本：⟦v⟧\\n>发布人：⟦n⟧\\n>审批人：⟦n2⟧"}}',
        key=S(g.uuid(), "CREDENTIAL"), s=g.svc(), v=D("v" + g.ver(), "version"), n=S(g.zh_name(), "PERSON"),
        n2=S(g.zh_name(), "PERSON"))


def c_feishu_alert(b, g):
    b.f("飞书告警 | 集群 k8s-prod-sh 节点 ⟦node⟧ NotReady 持续 ⟦m⟧ 分钟 | 值班：⟦n⟧ | 电话 ⟦p⟧ | 已升级至 @⟦n2⟧",
        node=D(g.sip(), "server_ip"), m=g.ri(3, 30), n=S(g.zh_name(), "PERSON"), p=S(g.phone("zh"), "PHONE_NUMBER"),
        n2=S(g.zh_name(), "PERSON"))


def c_change_ticket(b, g):
    d = g.dt(CST)
    sur, title = g.surname("zh")
    b.f("变更单号 ⟦tk⟧ 申请人：⟦n1⟧ 审批人：⟦n2⟧ 变更窗口 ⟦day⟧ 22:00~23:30 影响范围：用户中心 MySQL 主库 ⟦h⟧，回滚负责人：⟦s⟧⟦t⟧",
        tk=D("CHG-%s-%04d" % (d.strftime("%Y%m%d"), g.ri(1, 999)), "ticket_id"), n1=S(g.zh_name(), "PERSON"),
        n2=S(g.zh_name(), "PERSON"), day=d.strftime("%Y-%m-%d"), h=D(g.sip(), "server_ip"), s=S(sur, "PERSON"), t=title)


def c_release_ticket(b, g):
    sur, title = g.surname("zh")
    b.f("发布单#⟦id⟧ 应用 ⟦s⟧ 版本 ⟦v⟧ 发布人 ⟦u⟧ 审批 ⟦sur⟧⟦t⟧ 状态：已完成 耗时 ⟦m⟧m⟦sec⟧s 灰度比例 100%",
        id=D(str(g.ri(1000, 99999)), "ticket_id"), s=g.svc(), v=D(g.ver(), "version"), u=S(g.login("zh"), "PERSON"),
        sur=S(sur, "PERSON"), t=title, m=g.ri(1, 20), sec=g.ri(0, 59))


def c_inspection(b, g):
    d = g.dt(CST)
    sur, title = g.surname("zh")
    b.f("【每日巡检】⟦day⟧ 巡检人：⟦n⟧ —— Redis 集群内存使用 ⟦m⟧%，MySQL 从库延迟 0s；堡垒机登录异常 ⟦k⟧ 次"
        "（来源 IP ⟦ip⟧，账号 ⟦u⟧），已通知 ⟦s⟧⟦t⟧ 处理",
        day=d.strftime("%Y-%m-%d"), n=S(g.zh_name(), "PERSON"), m=g.ri(40, 95), k=g.ri(2, 9),
        ip=S(g.cip(), "IP_ADDRESS"), u=S(g.login("zh"), "PERSON"), s=S(sur, "PERSON"), t=title)


def c_jumpserver_cmd(b, g):
    d = g.dt(CST)
    c, sp, gp = g.zh_pair()
    login = g.zh_login(sp, gp)
    b.f("会话ID: ⟦sid⟧ | 用户: ⟦n⟧(⟦u⟧) | 资产: db-prod-0⟦k⟧(⟦h⟧) | 账号: ⟦a⟧ | 命令: mysql -uroot -p'⟦pw⟧' -h127.0.0.1 "
        "| 风险等级: 危险 | 时间: ⟦ts⟧",
        sid=D(g.uuid(), "uuid"), n=S(c, "PERSON"), u=S(login, "PERSON"), k=g.ri(1, 9), h=D(g.sip(), "server_ip"),
        a=D("root", "system_account"), pw=S(g.pw(), "CREDENTIAL"), ts=d.strftime("%Y/%m/%d %H:%M:%S"))


def c_bastion_login(b, g):
    d = g.dt(CST)
    c, sp, gp = g.zh_pair()
    ok = g.p(0.5)
    b.f("[登录日志] 时间=⟦ts⟧ 用户=⟦u⟧ 姓名=⟦n⟧ 来源IP=⟦ip⟧ 协议=SSH 目标=⟦h⟧:22 结果=⟦r⟧",
        ts=g.plain(d, ".", 0), u=S(g.zh_login(sp, gp), "PERSON"), n=S(c, "PERSON"),
        ip=S(g.wsip() if g.p(0.4) else g.cip(), "IP_ADDRESS"), h=D(g.sip(), "server_ip"),
        r="成功" if ok else "失败 原因=密码错误(剩余重试 %d 次)" % g.ri(1, 4))


def c_actiontrail(b, g):
    d = g.dt()
    u = g.login("zh")
    b.f('[SLS告警] 操作审计检测到 AccessKey 创建：{"eventId":"⟦eid⟧","eventName":"CreateAccessKey","eventSource":"ram.aliyuncs.com",'
        '"eventTime":"⟦ts⟧","sourceIpAddress":"⟦ip⟧","userIdentity":{"type":"ram-user","accountId":"⟦acct⟧",'
        '"userName":"⟦u⟧"},"responseElements":{"AccessKey":{"AccessKeyId":"⟦ak2⟧",'
        '"AccessKeySecret":"⟦sk⟧","Status":"Active"}},"acsRegion":"cn-hangzhou"}',
        eid=D(g.uuid().upper(), "uuid"), ts=g.iso(d, 0), ip=S(g.cip(), "IP_ADDRESS"), acct=D(g.digits(16), "account_id"),
        u=S(u, "PERSON"), ak2=S(g.ali_ak(), "CREDENTIAL"), sk=S(g.ali_sk(), "CREDENTIAL"))


def c_cloudaudit(b, g):
    d = g.dt(CST)
    b.f("云审计 事件名称: ⟦ev⟧ 操作者: ⟦uin⟧/子用户 ⟦n⟧ 源IP: ⟦ip⟧ SecretId: ⟦sid⟧ 地域: ap-guangzhou 事件时间: ⟦ts⟧ 结果: 成功",
        ev=g.ch(["DescribeInstances", "ResetInstancesPassword", "CreateAccessKey", "ModifySecurityGroupPolicies"]),
        uin=D(g.digits(g.ri(10, 12)), "account_id"), n=S(g.zh_name(), "PERSON"), ip=S(g.cip(), "IP_ADDRESS"),
        sid=S(g.tc_id(), "CREDENTIAL"), ts=g.plain(d, ".", 0))


def c_oss_signed(b, g):
    d = g.dt(CST)
    fname = g.ch(["客户名单", "工资表", "发票汇总", "用户导出"])
    b.f("导出文件下载链接已生成：https://⟦bk⟧.oss-cn-hangzhou.aliyuncs.com/exports/⟦f⟧_⟦day⟧.xlsx?OSSAccessKeyId=⟦ak⟧"
        "&Expires=⟦ep⟧&Signature=⟦sig⟧ 有效期 1 小时，操作人：⟦n⟧",
        bk=g.ch(["yunhai-prod-export", "shop-data", "crm-files"]), f=pct(fname), day=d.strftime("%Y%m%d"),
        ak=S(g.ali_ak(), "CREDENTIAL"), ep=D(g.epoch(d + datetime.timedelta(hours=1)), "epoch_timestamp"),
        sig=pct(base64.b64encode(bytes(g.ri(0, 255) for _ in range(20))).decode()), n=S(g.zh_name(), "PERSON"))


def c_cos_signed(b, g):
    d = g.dt(CST)
    e0 = int(d.timestamp())
    b.f("COS 预签名 URL 已分享给 ⟦n⟧：https://⟦bk⟧-125⟦app⟧.cos.ap-shanghai.myqcloud.com/contracts/⟦f⟧.pdf?q-sign-algorithm=sha1"
        "&q-ak=⟦ak⟧&q-sign-time=⟦t0⟧%3B⟦t1⟧&q-key-time=⟦t0b⟧%3B⟦t1⟧&q-header-list=host&q-url-param-list=&q-signature=⟦sig⟧",
        n=S(g.zh_name(), "PERSON"), bk=g.ch(["legal", "contract", "hr-docs"]), app=g.digits(7), f=g.hexs(10),
        ak=S(g.tc_id(), "CREDENTIAL"), t0=D(str(e0), "epoch_timestamp"), t1=e0 + 3600, t0b=e0, sig=g.hexs(40))


def c_jenkins_zh(b, g):
    c, sp, gp = g.zh_pair()
    b.f("[Pipeline] 由用户 ⟦n⟧ 启动 构建 #⟦bn⟧ [Pipeline] sh + docker login -u ⟦u⟧ -p ⟦pw⟧ harbor.⟦dm⟧ "
        "WARNING! Using --password via the CLI is insecure.",
        n=S(c, "PERSON"), bn=D(str(g.ri(10, 9999)), "build_number"), u=S(g.zh_login(sp, gp), "PERSON"),
        pw=S(g.pw(), "CREDENTIAL"), dm=g.ch(["yunhai-tech.cn", "globex.cn", "lanshan.com.cn"]))


def c_gitlab_push_zh(b, g):
    c, sp, gp = g.zh_pair()
    login = g.zh_login(sp, gp)
    b.f("⟦n⟧ 推送到分支 main（⟦o⟧/⟦r⟧），提交 ⟦sha⟧：修复退款回调签名校验，作者：⟦n⟧ <⟦e⟧>",
        n=S(c, "PERSON"), o=g.org(), r=g.repo(), sha=D(g.hexs(8), "commit_hash"),
        e=S(g.email(login, "zh"), "EMAIL_ADDRESS"))


def c_gitee_hook(b, g):
    d = g.dt(CST)
    b.f("⟦ts⟧ WARN 收到 Gitee Push Hook：仓库 ⟦o⟧/deploy 推送人 ⟦u⟧ 邮箱 ⟦e⟧，WebHook 密码 ⟦pw⟧ 校验失败，已丢弃（hook_id=⟦hid⟧）",
        ts=g.plain(d), o=g.org(), u=S(g.login("zh"), "PERSON"), e=S(g.digits(g.ri(6, 10)) + "@qq.com", "EMAIL_ADDRESS"),
        pw=S(g.pw(), "CREDENTIAL"), hid=g.ri(100000, 999999))


def c_nacos(b, g):
    d = g.dt(CST)
    b.f("⟦ts⟧ INFO [配置中心] [fixed-⟦h⟧_8848-prod] [data-received] dataId=⟦s⟧-prod.properties, group=DEFAULT_GROUP, "
        "tenant=prod, md5=⟦md5⟧, content=spring.redis.host=redis.internal\\nspring.redis.password=⟦pw⟧..., 配置变更已推送，准备刷新 Bean",
        ts=g.plain(d), h=D(g.sip(), "server_ip"), s=g.svc(), md5=D(g.hexs(32), "checksum"), pw=S(g.pw(), "CREDENTIAL"))


def c_apollo(b, g):
    b.f("Apollo 配置发布：appId=⟦s⟧ cluster=default namespace=application 发布人=⟦n⟧ 变更项 redis.password 旧值=⟦m⟧ 新值=⟦pw⟧ "
        "releaseKey=⟦rk⟧",
        s=g.svc(), n=S(g.zh_name(), "PERSON"), m=D("******", "masked"), pw=S(g.pw(), "CREDENTIAL"),
        rk=D("%s-%s-%s" % (g.dt(CST).strftime("%Y%m%d%H%M%S"), g.hexs(8), g.hexs(8)), "release_key"))


def c_hikari_zh(b, g):
    d = g.dt(CST)
    b.f("⟦ts⟧ ERROR [⟦s⟧,⟦tid⟧,⟦sid⟧] 1 --- [main] c.z.h.p.HikariPool : 数据库连接失败 "
        "url=jdbc:mysql://⟦h⟧:3306/order?user=⟦a⟧&password=⟦pw⟧&characterEncoding=utf8",
        ts=g.plain(d), s=g.svc(), tid=D(g.hexs(16), "trace_id"), sid=g.hexs(16), h=D(g.sip(), "server_ip"),
        a=D(g.ch(["order_rw", "app_rw", "etl_user"]), "system_account"), pw=S(pct(g.pw()), "CREDENTIAL"))


def c_redis_slow_zh(b, g):
    n = g.mobile_cn(0)
    b.f("Redis 慢查询 TOP⟦k⟧：实例 r-bp1⟦inst⟧ 命令 HGETALL user:profile:⟦p⟧ 耗时 ⟦ms⟧ms 客户端 ⟦h⟧:⟦port⟧",
        k=g.ri(1, 5), inst=g.rs(LOWNUM, 13), p=S(n, "PHONE_NUMBER"), ms=g.ri(11, 400), h=D(g.sip(), "server_ip"),
        port=g.ephem())


def c_mysql_slow_zh(b, g):
    d = g.dt(CST)
    b.f("# Query_time: ⟦qt⟧  Lock_time: 0.000021 Rows_sent: 1  Rows_examined: ⟦re⟧ SET timestamp=⟦ep⟧; "
        "SELECT * FROM t_member WHERE real_name='⟦n⟧' AND id_card='⟦id⟧'; -- 会员实名查询",
        qt="%.6f" % (g.r.random() * 5 + 1), re=g.ri(10000, 9000000), ep=D(g.epoch(d), "epoch_timestamp"),
        n=S(g.zh_name(), "PERSON"), id=S(g.cnid(), "CN_RESIDENT_ID"))


def c_slowsql_alert(b, g):
    b.f("慢查询告警：库 crm 耗时 ⟦t⟧s 语句 UPDATE customer SET mobile='⟦p⟧' WHERE name='⟦n⟧' 执行账号 ⟦a⟧ 来源 ⟦h⟧",
        t="%.1f" % (g.r.random() * 9 + 1), p=S(g.mobile_cn(g.ch([0, 1])), "PHONE_NUMBER"), n=S(g.zh_name(), "PERSON"),
        a=D(g.ch(["crm_app", "app_rw", "etl_user"]), "system_account"), h=D(g.sip(), "server_ip"))


def c_sentry_zh(b, g):
    c, sp, gp = g.zh_pair()
    b.f("Sentry 新问题 ⟦iss⟧ 用户 ⟦n⟧（⟦e⟧，IP ⟦ip⟧）触发 NullPointerException，负责人 @⟦n2⟧，邮件已发送至 ⟦rm⟧",
        iss=D("PAY-" + g.rs(UPNUM, 4), "issue_id"), n=S(c, "PERSON"), e=S(g.email(g.zh_login(sp, gp), "zh"), "EMAIL_ADDRESS"),
        ip=S(g.cip(), "IP_ADDRESS"), n2=S(g.zh_name(), "PERSON"), rm=D(g.role_mail(), "role_mailbox"))


def c_k8s_event_zh(b, g):
    b.f("事件：Pod ⟦s⟧-⟦h⟧ 拉取镜像失败 registry.cn-hangzhou.aliyuncs.com/shop/⟦s⟧@⟦dig⟧，原因：未授权（401），"
        "已重试 ⟦n⟧ 次，节点 ⟦node⟧",
        s=g.svc(), h=g.rs("bcdfghjklmnpqrstvwxz2456789", 5), dig=D(g.digest(), "image_digest"), n=g.ri(2, 9),
        node=D(g.sip(), "server_ip"))


def c_release_done(b, g):
    b.f("发布单 #⟦id⟧ 已完成：应用 ⟦s⟧ 版本 v⟦v⟧，镜像 ⟦dig⟧，耗时 ⟦m⟧ 分 ⟦sec⟧ 秒，共 ⟦k⟧ 个实例，无回滚",
        id=D(str(g.ri(1000, 99999)), "ticket_id"), s=g.svc(), v=D(g.ver(), "version"), dig=D(g.digest(), "image_digest"),
        m=g.ri(1, 20), sec=g.ri(0, 59), k=g.ri(2, 48))


def c_idc_place(b, g):
    place = g.ch(["张江", "王府井", "陆家嘴", "中关村", "徐家汇", "望京", "西湖", "南山区科技园"])
    comp = g.ch(["李宁", "王老吉", "张小泉", "周大福", "老凤祥"])
    b.f("巡检完成：⟦pl⟧机房 A⟦r⟧ 列 ⟦n⟧ 台服务器正常，UPS 负载 ⟦u⟧%，客户 ⟦c⟧ 专线延迟 ⟦ms⟧ms，下次巡检 2026-12-0⟦dd⟧ 09:00",
        pl=D(place, "place"), r=g.ri(1, 9), n=g.ri(10, 48), u=g.ri(20, 80), c=D(comp, "company"), ms=g.ri(1, 9),
        dd=g.ri(6, 9))


def c_handover(b, g):
    b.f("值班交接：⟦n1⟧（工号 ⟦eid⟧）→ ⟦n2⟧，未闭环告警 ⟦k⟧ 条，紧急联系电话 ⟦p⟧",
        n1=S(g.zh_name(), "PERSON"), eid=D(g.ch("ABS") + g.digits(5), "employee_id"), n2=S(g.zh_name(), "PERSON"),
        k=g.ri(1, 9), p=S(g.landline_cn() if g.p(0.6) else g.mobile_cn(), "PHONE_NUMBER"))


def c_customer_quota(b, g):
    comp = g.ch(["李宁体育", "王老吉", "张小泉", "周大福珠宝"])
    pf = g.ch(["鲁迅", "李白", "孔子", "诸葛亮", "苏轼", "杜甫"])
    b.f("项目代号「⟦pf⟧」网关配额告警：客户 ⟦c⟧ 今日调用量已达 ⟦pct⟧%，客户经理 ⟦n⟧ 电话 ⟦p⟧",
        pf=D(pf, "public_figure"), c=D(comp, "company"), pct=g.ri(80, 99), n=S(g.zh_name(), "PERSON"),
        p=S(g.mobile_cn(), "PHONE_NUMBER"))


def c_sms_gateway(b, g):
    b.f('短信发送成功 SendSms RequestId=⟦rid⟧ PhoneNumbers=⟦p⟧ SignName=云海科技 TemplateCode=SMS_⟦tc⟧ '
        'TemplateParam={"code":"⟦code⟧"} BizId=⟦biz⟧ Code=OK',
        rid=D(g.uuid().upper(), "uuid"), p=S(g.mobile_cn(g.ch([0, 6])), "PHONE_NUMBER"), tc=g.digits(9),
        code=D(g.digits(6, string.digits), "pickup_code"), biz=D(g.digits(15) + "^0", "biz_id"))


def c_tccli(b, g):
    b.f("[运维脚本] 初始化凭证：tccli configure set secretId ⟦sid⟧ secretKey ⟦sk⟧ region ap-guangzhou  # 操作人 ⟦n⟧",
        sid=S(g.tc_id(), "CREDENTIAL"), sk=S(g.tc_key(), "CREDENTIAL"), n=S(g.zh_name(), "PERSON"))


def c_aliyun_cli(b, g):
    d = g.dt(CST)
    b.f("⟦ts⟧ 堡垒机命令审计 用户 ⟦u⟧ 执行：aliyun configure set --profile prod --mode AK --access-key-id ⟦ak⟧ "
        "--access-key-secret ⟦sk⟧ --region cn-hangzhou",
        ts=g.plain(d, ".", 0), u=S(g.login("zh"), "PERSON"), ak=S(g.ali_ak(), "CREDENTIAL"), sk=S(g.ali_sk(), "CREDENTIAL"))


def c_kyc_zh(b, g):
    b.f("实名认证请求 姓名=⟦n⟧ 身份证号=⟦id⟧ 手机=⟦p⟧ 结果=一致 通道=运营商三要素 流水号=⟦sn⟧",
        n=S(g.zh_name(), "PERSON"), id=S(g.cnid(), "CN_RESIDENT_ID"), p=S(g.mobile_cn(g.ch([0, 1, 2])), "PHONE_NUMBER"),
        sn=D(g.order16(), "order_id"))


def c_apisix_plate(b, g):
    d = g.dt(CST)
    b.f('⟦ip⟧ - - [⟦t⟧] parking.⟦dm⟧ "POST /parking/v1/entry HTTP/1.1" 200 87 0.021 "-" "okhttp/4.9.3" '
        '⟦up⟧:8080 200 0.019 "http://parking-svc" 入场记录 车牌=⟦pl⟧ 车主手机=⟦p⟧ 订单=⟦oid⟧',
        ip=S(g.cip(), "IP_ADDRESS"), t=g.clf(d), dm=g.ch(["yunhai-tech.cn", "lanshan.com.cn"]), up=D(g.sip(), "server_ip"),
        pl=S(g.plate_cn(), "LICENSE_PLATE"), p=S(g.mobile_cn(), "PHONE_NUMBER"), oid=D(g.order11(), "order_id"))


def c_passport_zh(b, g):
    sur, title = g.surname("zh")
    b.f("出境报备：护照号 ⟦pp⟧ 持有人 ⟦n⟧，出访新加坡参加 KubeCon，审批人 ⟦s⟧⟦t⟧，工单 ⟦tk⟧",
        pp=S(g.passport(True), "PASSPORT"), n=S(g.zh_name(), "PERSON"), s=S(sur, "PERSON"), t=title,
        tk=D("OA-" + g.digits(8), "ticket_id"))


def c_card_zh(b, g):
    b.f("支付网关调试日志：卡号=⟦c⟧ 持卡人=⟦n⟧ 交易金额=⟦amt⟧ 商户订单号=⟦oid⟧ 渠道=银联在线",
        c=S(g.card(g.ch(["unionpay", "unionpay", "visa", "mc"])), "CREDIT_CARD"), n=S(g.zh_name(), "PERSON"),
        amt=D("¥%s.%02d" % (format(g.ri(10, 99999), ","), g.ri(0, 99)), "amount"), oid=D(g.order16(), "order_id"))


def c_feishu_approval(b, g):
    b.f("飞书审批通过：⟦n1⟧ 申请 prod 集群 kubectl 只读权限 ⟦d⟧ 天，审批人 ⟦n2⟧，审批编号 ⟦id⟧",
        n1=S(g.minority() if g.p(0.6) else g.zh_name(), "PERSON"), d=g.ri(1, 30),
        n2=S(g.minority() if g.p(0.5) else g.zh_name(), "PERSON"), id=D(g.uuid().upper(), "uuid"))


def c_yunxiao(b, g):
    c, sp, gp = g.zh_pair()
    b.f("云效流水线 #⟦bn⟧ 执行失败：步骤 [镜像构建] docker login --username=⟦e⟧ --password=⟦pw⟧ registry.cn-shanghai.aliyuncs.com",
        bn=D(str(g.ri(100, 9999)), "build_number"), e=S(g.email(g.zh_login(sp, gp), "zh", corp=True), "EMAIL_ADDRESS"),
        pw=S(g.pw(), "CREDENTIAL"))


def c_basic_zh(b, g):
    d = g.dt(CST)
    b.f("⟦ts⟧ WARN 网关鉴权失败 route=/admin/api Authorization: Basic ⟦tok⟧ 客户端 ⟦ip⟧ 已拦截，累计 ⟦k⟧ 次",
        ts=g.plain(d), tok=S(g.basic(), "CREDENTIAL"), ip=S(g.cip(), "IP_ADDRESS"), k=g.ri(2, 50))


def c_cookie_zh(b, g):
    ck, cv = g.session()
    b.f("用户反馈登录态失效，前端上报 Cookie: ⟦ck⟧=⟦cv⟧; auth_token=⟦jwt⟧ 用户 ⟦n⟧ UA=Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)",
        ck=ck, cv=S(cv, "CREDENTIAL"), jwt=S(g.jwt("HS256"), "CREDENTIAL"), n=S(g.zh_name(), "PERSON"))



def c_ops_chat(b, g):
    sur, title = g.surname("zh")
    b.f("【企业微信】@⟦n⟧ ⟦s⟧⟦t⟧说今晚 23:00 做 Kafka 扩容，相关服务负责人请确认；值班人员 ⟦n2⟧ 手机 ⟦p⟧",
        n=S(g.zh_name(), "PERSON"), s=S(sur, "PERSON"), t=title, n2=S(g.zh_name(), "PERSON"),
        p=S(g.mobile_cn(), "PHONE_NUMBER"))


def c_ldap_zh(b, g):
    d = g.dt(CST)
    c, sp, gp = g.zh_pair()
    b.f("⟦ts⟧ [LDAP同步] 新增账号 uid=⟦u⟧,ou=研发中心,dc=corp,dc=cn cn=⟦n⟧ mail=⟦e⟧ 初始密码=⟦pw⟧ 已通过飞书发送",
        ts=g.plain(d), u=S(g.zh_login(sp, gp), "PERSON"), n=S(c, "PERSON"), e=S(g.email(g.zh_login(sp, gp), "zh", corp=True), "EMAIL_ADDRESS"),
        pw=S(g.pw(), "CREDENTIAL"))



# ---------------------------------------------------------------- registry

TEMPLATES = [
    # fn, lang, system, spans, decoys
    (t_gha_login, "en", "GitHub Actions step (docker login / git clone / npm token)", "PERSON, CREDENTIAL", "-"),
    (t_git_author, "en", "git log / checkout line in CI", "PERSON, EMAIL_ADDRESS", "commit_hash, role_mailbox, pr_number"),
    (t_gitlab_ci_dsn, "en", "GitLab CI job trace with DSN / -p password (ANSI)", "CREDENTIAL, PERSON", "system_account, server_ip, port"),
    (t_jenkins, "en", "Jenkins console (Started by user / curl -u)", "PERSON, CREDENTIAL", "build_number, system_account, commit_hash"),
    (t_drone, "en", "Drone CI logrus JSON", "PERSON, EMAIL_ADDRESS", "build_number, commit_hash"),
    (t_github_audit, "en", "GitHub org audit log stream JSON", "PERSON, IP_ADDRESS", "epoch_timestamp, system_account"),
    (t_push_hook, "en", "GitHub push webhook payload", "PERSON, EMAIL_ADDRESS", "commit_hash"),
    (t_gitlab_audit, "en", "GitLab audit_json.log", "PERSON, IP_ADDRESS", "correlation_id"),
    (t_gitlab_api_json, "en", "GitLab api_json.log with private_token param", "CREDENTIAL, IP_ADDRESS, PERSON", "correlation_id"),
    (t_codeowners, "en", "review bot CODEOWNERS mentions", "PERSON", "pr_number"),
    (t_k8s_event, "en", "kubectl get events (no PII)", "-", "image_digest, version, container_id"),
    (t_k8s_audit, "en", "Kubernetes audit.k8s.io/v1 Event JSON", "EMAIL_ADDRESS|PERSON, IP_ADDRESS", "uuid, version"),
    (t_snoopy_kubectl, "en", "snoopy exec log on bastion (kubectl create secret)", "PERSON, CREDENTIAL, EMAIL_ADDRESS", "system_account"),
    (t_registry, "en", "Docker registry (distribution) access log", "IP_ADDRESS, PERSON", "uuid, image_digest, version"),
    (t_docker_inspect, "en", "docker inspect Env dump", "CREDENTIAL", "container_id, system_account, version"),
    (t_terraform, "en", "Terraform TF_LOG debug / apply outputs / IAM user", "CREDENTIAL, PERSON", "version, port"),
    (t_ansible, "en", "Ansible task result / ansible.log", "PERSON, CREDENTIAL, EMAIL_ADDRESS", "system_account"),
    (t_mysql_general, "en", "MySQL general query log", "PERSON, IP_ADDRESS, EMAIL_ADDRESS, PHONE_NUMBER, CREDENTIAL", "user_id, system_account"),
    (t_mysql_slow, "en", "MySQL slow query log (flattened)", "PERSON, IP_ADDRESS, PHONE_NUMBER", "epoch_timestamp"),
    (t_pg_csvlog, "en", "PostgreSQL stderr log (ALTER ROLE / connection authorized) or csvlog auth failure", "PERSON, CREDENTIAL, IP_ADDRESS", "system_account, port, pg_session_id"),
    (t_mongo, "en", "MongoDB structured JSON log (auth)", "PERSON, IP_ADDRESS", "port"),
    (t_redis_monitor, "en", "Redis MONITOR (\\x-escaped UTF-8)", "CREDENTIAL, PERSON, EMAIL_ADDRESS, PHONE_NUMBER", "epoch_timestamp, server_ip"),
    (t_es_slowlog, "en", "Elasticsearch search slow log", "EMAIL_ADDRESS|PHONE_NUMBER", "uuid"),
    (t_jdbc, "en", "Spring Boot HikariConfig jdbcUrl / mongodb+srv", "CREDENTIAL, PERSON", "server_ip, port, system_account"),
    (t_kong, "en", "Kong file-log plugin JSON", "EMAIL_ADDRESS(%40), CREDENTIAL (apikey|JWT), IP_ADDRESS", "epoch_timestamp, uuid"),
    (t_apigw, "en", "AWS API Gateway access log JSON", "IP_ADDRESS, EMAIL_ADDRESS, PERSON", "uuid, epoch_timestamp"),
    (t_ingress, "en", "ingress-nginx upstreaminfo log", "IP_ADDRESS, PERSON, PHONE_NUMBER|EMAIL_ADDRESS (percent-encoded)", "server_ip, request_id"),
    (t_keycloak, "en", "Keycloak org.keycloak.events (quoted / legacy)", "IP_ADDRESS, EMAIL_ADDRESS|PERSON", "uuid"),
    (t_oidc_grant, "en", "Keycloak/undertow request dump, password grant", "CREDENTIAL, PERSON|EMAIL_ADDRESS", "-"),
    (t_cloudtrail, "en", "AWS CloudTrail record", "PERSON, CREDENTIAL, IP_ADDRESS", "principal_id, account_id, uuid"),
    (t_gcp_audit, "en", "GCP Cloud Audit Log (IAM)", "EMAIL_ADDRESS, IP_ADDRESS", "version, system_account"),
    (t_azure_activity, "en", "Azure Activity Log", "PERSON, EMAIL_ADDRESS, IP_ADDRESS", "uuid"),
    (t_s3_access, "en", "S3 server access log with presigned URL", "IP_ADDRESS, PERSON, CREDENTIAL", "account_id, request_id"),
    (t_sentry, "en", "Sentry event JSON with user context + cookie", "EMAIL_ADDRESS, IP_ADDRESS, PERSON, CREDENTIAL", "event_id, version"),
    (t_otel, "en", "OpenTelemetry span JSON (db.statement)", "EMAIL_ADDRESS, PERSON", "trace_id, span_id, server_ip"),
    (t_feature_flag, "en", "Unleash / LaunchDarkly evaluation debug", "PERSON, CREDENTIAL, IP_ADDRESS, EMAIL_ADDRESS", "epoch_timestamp"),
    (t_env_dump, "en", ".env / settings dump (Stripe, OpenAI, Sentry DSN, Slack, Datadog)", "CREDENTIAL", "server_ip, system_account, port"),
    (t_slack, "en", "Slack webhook / slack_sdk error", "CREDENTIAL, PERSON", "-"),
    (t_pem_json, "en", "Vault secret read with PEM body (\\n-escaped)", "CREDENTIAL", "uuid"),
    (t_pgdump, "en", "backup script (PGPASSWORD / mysqldump --password=)", "CREDENTIAL, PERSON", "server_ip, system_account"),
    (t_image_pull, "en", "CI docker pull output (no PII)", "-", "version, image_digest, layer_id"),
    (t_pagerduty, "en", "Alertmanager/PagerDuty chat alert", "PERSON, PHONE_NUMBER", "role_mailbox"),
    (t_postmortem, "en", "incident postmortem note (Mr./Dr. surname)", "PERSON", "case_number, public_figure, place"),
    (t_card_debug, "en", "payments adapter debug (card PAN)", "CREDIT_CARD, EMAIL_ADDRESS", "company, amount"),
    (t_payout, "en", "payout API access log with body", "IP_ADDRESS, IBAN_CODE, PERSON", "amount, order_id"),
    (t_sentry_ssn, "en", "Sentry frame locals (SSN)", "PERSON, US_SSN", "trace_id"),
    (t_kyc_passport, "en", "KYC service log (passport)", "PASSPORT, PERSON", "uuid"),
    (t_basic_curl, "en", "python http.client debug send with Basic auth", "CREDENTIAL, PERSON", "-"),
    (c_dingtalk_alert, "zh", "钉钉机器人 text 消息 (atMobiles)", "PERSON, PHONE_NUMBER", "-"),
    (c_dingtalk_fail, "zh", "钉钉机器人推送失败 (access_token + SEC secret)", "CREDENTIAL", "epoch_timestamp"),
    (c_wecom_md, "zh", "企业微信群机器人 markdown (webhook key)", "CREDENTIAL, PERSON", "version"),
    (c_feishu_alert, "zh", "飞书告警卡片", "PERSON, PHONE_NUMBER", "server_ip"),
    (c_change_ticket, "zh", "变更工单", "PERSON (incl. surname+title)", "ticket_id, server_ip"),
    (c_release_ticket, "zh", "发布单", "PERSON (login, surname+title)", "ticket_id, version"),
    (c_inspection, "zh", "每日运维巡检", "PERSON, IP_ADDRESS", "-"),
    (c_jumpserver_cmd, "zh", "JumpServer 命令记录", "PERSON, CREDENTIAL", "uuid, server_ip, system_account"),
    (c_bastion_login, "zh", "堡垒机登录日志", "PERSON, IP_ADDRESS", "server_ip"),
    (c_actiontrail, "zh", "阿里云 ActionTrail 事件 (SLS 告警)", "IP_ADDRESS, CREDENTIAL, PERSON", "uuid, account_id"),
    (c_cloudaudit, "zh", "腾讯云 CloudAudit 事件", "PERSON, IP_ADDRESS, CREDENTIAL", "account_id"),
    (c_oss_signed, "zh", "阿里云 OSS 签名 URL", "CREDENTIAL, PERSON", "epoch_timestamp"),
    (c_cos_signed, "zh", "腾讯云 COS 预签名 URL", "PERSON, CREDENTIAL", "epoch_timestamp"),
    (c_jenkins_zh, "zh", "Jenkins 中文控制台 docker login", "PERSON, CREDENTIAL", "build_number"),
    (c_gitlab_push_zh, "zh", "GitLab 中文推送通知", "PERSON, EMAIL_ADDRESS", "commit_hash"),
    (c_gitee_hook, "zh", "Gitee WebHook 校验失败", "PERSON, EMAIL_ADDRESS (QQ), CREDENTIAL", "-"),
    (c_nacos, "zh", "Nacos 配置推送", "CREDENTIAL", "server_ip, checksum"),
    (c_apollo, "zh", "Apollo 配置发布", "PERSON, CREDENTIAL", "masked, release_key"),
    (c_hikari_zh, "zh", "HikariPool 数据库连接失败 (jdbc url)", "CREDENTIAL", "trace_id, server_ip, system_account"),
    (c_redis_slow_zh, "zh", "Redis 慢查询 (phone in key)", "PHONE_NUMBER", "server_ip"),
    (c_mysql_slow_zh, "zh", "MySQL 慢日志 实名查询", "PERSON, CN_RESIDENT_ID", "epoch_timestamp"),
    (c_slowsql_alert, "zh", "慢查询告警", "PHONE_NUMBER, PERSON", "system_account, server_ip"),
    (c_sentry_zh, "zh", "Sentry 中文通知", "PERSON, EMAIL_ADDRESS, IP_ADDRESS", "issue_id, role_mailbox"),
    (c_k8s_event_zh, "zh", "K8s 事件 拉取镜像失败 (no PII)", "-", "image_digest, server_ip"),
    (c_release_done, "zh", "发布完成通知 (no PII)", "-", "ticket_id, version, image_digest"),
    (c_idc_place, "zh", "机房巡检 (no PII)", "-", "place, company"),
    (c_handover, "zh", "值班交接", "PERSON, PHONE_NUMBER", "employee_id"),
    (c_customer_quota, "zh", "网关配额告警 (客户经理)", "PERSON, PHONE_NUMBER", "public_figure, company"),
    (c_sms_gateway, "zh", "阿里云短信 SendSms 日志", "PHONE_NUMBER", "uuid, pickup_code, biz_id"),
    (c_tccli, "zh", "tccli configure (运维脚本)", "CREDENTIAL, PERSON", "-"),
    (c_aliyun_cli, "zh", "堡垒机命令审计 aliyun configure", "PERSON, CREDENTIAL", "-"),
    (c_kyc_zh, "zh", "实名认证三要素", "PERSON, CN_RESIDENT_ID, PHONE_NUMBER", "order_id"),
    (c_apisix_plate, "zh", "APISIX access log + 停车入场", "IP_ADDRESS, LICENSE_PLATE, PHONE_NUMBER", "server_ip, order_id"),
    (c_passport_zh, "zh", "出境报备 (护照)", "PASSPORT, PERSON", "ticket_id"),
    (c_card_zh, "zh", "支付网关调试日志 (银联卡)", "CREDIT_CARD, PERSON", "amount, order_id"),
    (c_feishu_approval, "zh", "飞书审批 (少数民族姓名)", "PERSON", "uuid"),
    (c_yunxiao, "zh", "云效流水线 docker login", "EMAIL_ADDRESS, CREDENTIAL", "build_number"),
    (c_basic_zh, "zh", "网关 Basic 鉴权失败", "CREDENTIAL, IP_ADDRESS", "-"),
    (c_cookie_zh, "zh", "前端上报 Cookie / JWT", "CREDENTIAL, PERSON", "-"),
    (c_ops_chat, "zh", "企业微信运维群消息", "PERSON, PHONE_NUMBER", "-"),
    (c_ldap_zh, "zh", "LDAP 同步新增账号", "PERSON, EMAIL_ADDRESS, CREDENTIAL", "-"),
]


# ---------------------------------------------------------------- checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
PASSPORT_RE = re.compile(r"[EG]\d{8}|E[A-HJ-NP-Z]\d{7}|[A-Z]\d{7,8}|[1-9]\d{8}")
PLATE_RE = re.compile("[" + CN_PROV + "][A-HJ-NP-Z][·\\s]?[A-HJ-NP-Z0-9]{5,6}|\\d[A-Z]{3}\\d{3}|[A-Z]{3}[- ]?\\d{4}")
SSN_RE = re.compile(r"(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}")


def _check_value(typ, raw):
    try:
        _check_value_inner(typ, raw)
    except AssertionError:
        raise
    except Exception as e:  # ValueError from ipaddress/date/json/utf-8 decoding
        raise AssertionError("%s %r: %s" % (typ, raw, e))


def _check_value_inner(typ, raw):
    v = _decode_printed(raw)
    if typ == "PERSON":
        assert 1 <= len(v) <= 40, raw
        assert "@" not in v and not v.isdigit(), raw
        assert re.fullmatch(r"[\w .·\-+]+", v), raw
        assert any(c.isalpha() for c in v), raw
    elif typ == "EMAIL_ADDRESS":
        assert EMAIL_RE.fullmatch(v), raw
    elif typ == "PHONE_NUMBER":
        assert v[-1].isdigit() and (v[0].isdigit() or v[0] in "+("), raw
        assert _phone_ok(raw), raw
    elif typ == "CREDIT_CARD":
        d = re.sub(r"[ \-]", "", v)
        assert d.isdigit() and 15 <= len(d) <= 19 and luhn_ok(d), raw
    elif typ == "IBAN_CODE":
        d = v.replace(" ", "")
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", d) and IBAN_LEN.get(d[:2]) == len(d), raw
        assert int(iban_numeric(d[4:] + d[:4])) % 97 == 1, raw
    elif typ == "US_SSN":
        assert SSN_RE.fullmatch(v), raw
    elif typ == "CN_RESIDENT_ID":
        assert re.fullmatch(r"\d{17}[\dX]", v) and cnid_check(v[:17]) == v[17], raw
        datetime.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    elif typ == "PASSPORT":
        assert PASSPORT_RE.fullmatch(v), raw
    elif typ == "LICENSE_PLATE":
        assert PLATE_RE.fullmatch(v), raw
    elif typ == "IP_ADDRESS":
        ipaddress.ip_address(v)
    elif typ == "CREDENTIAL":
        assert len(raw) >= 6 and not re.search(r"[\s\"'`<>{}\[\](),;&?]", raw), raw
        assert not raw.endswith(("\\", ".")), raw
    else:
        raise AssertionError("unknown type %r" % typ)


def _is_mask(v):
    return "*" in v or v in MASK_WORDS


def _check_record(rec):
    text, spans, decoys = rec["text"], rec["spans"], rec["decoys"]
    assert isinstance(text, str) and text, "empty text"
    assert not any(c in text for c in LINEBREAKS), "line break in text"
    assert len(spans) <= 4, "too many spans: %d" % len(spans)
    assert len(decoys) <= 3, "too many decoys: %d" % len(decoys)
    assert isinstance(rec["template"], int)
    iv = []
    for s, e, t in spans:
        assert 0 <= s < e <= len(text), "span out of range"
        assert t in TYPES, t
        val = text[s:e]
        assert val == val.strip(), "span has outer whitespace %r" % val
        _check_value(t, val)
        iv.append((s, e))
    for s, e, k in decoys:
        assert 0 <= s < e <= len(text), "decoy out of range"
        assert isinstance(k, str) and k, "bad decoy kind"
        if k == "masked":
            assert _is_mask(text[s:e]), text[s:e]
        iv.append((s, e))
    iv.sort()
    for a, b2 in zip(iv, iv[1:]):
        assert a[1] <= b2[0], "overlap %r %r" % (a, b2)
    span_vals = {text[s:e] for s, e, _ in spans}
    decoy_vals = {text[s:e] for s, e, _ in decoys}
    assert not (span_vals & decoy_vals), "value both span and decoy"
    for v in span_vals:
        i = text.find(v)
        while i != -1:
            j = i + len(v)
            assert any(s <= i and j <= e for s, e in iv), "unlabelled repeat of %r" % v
            i = text.find(v, i + 1)


def blind_log12(n, seed=0):
    rng = random.Random(seed)
    g = G(rng)
    order = list(range(len(TEMPLATES)))
    rng.shuffle(order)
    out = []
    for i in range(n):
        ti = order[i % len(order)]
        clean = rng.random() < 0.1
        for _ in range(200):
            r = Rec()
            TEMPLATES[ti][0](r, g)
            rec = r.finalize(rng, clean)
            rec["template"] = ti
            try:
                _check_record(rec)
                break
            except AssertionError:
                continue
        else:
            raise RuntimeError("template %d keeps failing its own checks" % ti)
        out.append(rec)
    return out


def validate(records):
    types, kinds, tmpl = Counter(), Counter(), Counter()
    no_span = 0
    for rec in records:
        assert set(rec) == {"text", "spans", "decoys", "template"}, set(rec)
        assert 0 <= rec["template"] < len(TEMPLATES)
        _check_record(rec)
        for _, _, t in rec["spans"]:
            types[t] += 1
        for _, _, k in rec["decoys"]:
            kinds[k] += 1
        if not rec["spans"]:
            no_span += 1
        tmpl[rec["template"]] += 1
    return {"records": len(records), "types": dict(types), "kinds": dict(kinds), "no_span_lines": no_span,
            "templates_used": len(tmpl)}


if __name__ == "__main__":
    recs = blind_log12(5000, 0)
    c = validate(recs)
    print("records:", c["records"], "templates used:", c["templates_used"], "lines without spans:", c["no_span_lines"])
    print("per TYPE:")
    for k, v in sorted(c["types"].items(), key=lambda x: -x[1]):
        print("  %-16s %d" % (k, v))
    print("per decoy KIND:")
    for k, v in sorted(c["kinds"].items(), key=lambda x: -x[1]):
        print("  %-16s %d" % (k, v))
