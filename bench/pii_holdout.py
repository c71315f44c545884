"""HELD-OUT templates: a second, independent set of sentence shapes, written after the recognizers
were tuned and before any score on them was looked at. Values come from the same generators as
bench/pii_gen.py (Faker locales, phonenumbers examples, Luhn cards); the sentences are new (support
chats, SMS, shipping notes, HR and clinic records, tables, log-like lines, narrative).
Report these separately from the tuning sets (bench/bench_pii.py does).

    from bench.pii_holdout import en_holdout, zh_holdout
"""
from __future__ import annotations

from bench.pii_gen import build_set

EN_HOLDOUT = (
    "Order #5521 ships to {NAME}; questions go to {EMAIL}.",
    "Driver update: {FIRST} will arrive between 2 and 4 pm, phone {PHONE}.",
    "We tried to reach {NAME} twice on {PHONE} without success.",
    "Refund issued to the card ending in the number {CARD}.",
    "Card on file: {CARD} (exp 11/28)",
    "New hire checklist for {NAME}: laptop, badge, payroll form.",
    "The landlord, {NAME}, wants the rent by the 1st.",
    "Ping {FIRST} on Slack or email {EMAIL} if the build breaks again.",
    "Transfer €250 to IBAN {IBAN} by Monday.",
    "Account number (IBAN): {IBAN}",
    "SSN {SSN} belongs to the primary applicant.",
    "Firewall log: denied {IP} -> 10.0.0.5 port 22",
    "Our VPN assigned you {IP}; reconnect if it changes.",
    "Thanks for calling! This is {NAME}, how can I help?",
    "cc: {NAME} <{EMAIL}>",
    "Signed, {NAME}",
    "Witness: {NAME}    Date: 02/03/2024",
    "Text STOP to opt out. Your verification number is tied to {PHONE}.",
    "Customer {NAME} disputed a charge of $42.10.",
    "{NAME} (mobile {PHONE}) asked for a window seat.",
    "The nurse noted that {NAME} is allergic to penicillin.",
    "Please verify: name {NAME}, date of birth 1979-05-02, SSN {SSN}.",
    "Shipping label — recipient: {NAME}, {CITY}",
    "Ask for {NAME} at the reception; she has your visitor pass.",
    "My manager {NAME} approved the trip.",
    "{FIRST} and I are moving to {CITY} next spring.",
    "Invoice sent to {EMAIL} on 3 May.",
    "Backup contact number: {PHONE}",
    "Wire confirmation for {NAME}, IBAN {IBAN}.",
    "Incident 88: login from {IP} for user {EMAIL}",
)

ZH_HOLDOUT = (
    "配送单：收货人{NAME}，联系电话{MOBILE}，地址{CITY}。",
    "{NAME}同学，你的成绩单已发送到{EMAIL}。",
    "请{SUR}经理明天上午十点到会议室。",
    "本次检查由{NAME}护士负责记录。",
    "住户{NAME}反映楼道灯坏了，电话{MOBILE}。",
    "投诉人：{NAME}，身份证号：{ID}",
    "尊敬的{NAME}先生，您的账单已出。",
    "转账至卡号{BANK}，户名{NAME}。",
    "请把合同扫描件发到{EMAIL}，谢谢{NAME}。",
    "本人{NAME}，护照号{PASSPORT}，申请延期。",
    "违章车辆{PLATE}，车主联系方式{MOBILE}。",
    "门卫登记：访客{NAME}，车牌{PLATE}。",
    "财务室电话{LANDLINE}，工作日可拨打。",
    "办理人：{NAME}    日期：2024年3月5日",
    "{SUR}阿姨，您订的牛奶已经放在门口了。",
    "请联系{NAME}，她的手机是{MOBILE}。",
    "销售代表{NAME}将于周五拜访贵公司。",
    "异常登录：IP {IP}，账号{EMAIL}。",
    "身份证{ID}的持有人需本人到场。",
    "我的银行卡{BANK}一直无法绑定。",
    "家长{NAME}已签字同意。",
    "昨天{NAME}给我打了三个电话。",
    "值日生：{NAME}、{NAME}",
    "感谢{SUR}师傅上门维修。",
    "病历号2231，姓名{NAME}，过敏史：无。",
    "请于今日内回电{LANDLINE}确认预约。",
    "快递已由{NAME}代收。",
    "面试官{NAME}对你的表现很满意。",
    "紧急情况请拨打{MOBILE}找{NAME}。",
    "{NAME}的护照{PASSPORT}将于明年过期。",
)

# A second held-out set, written after the first held-out scores were seen (and the rules changed
# for the categories they showed) and before any score on this one.
EN_HOLDOUT_2 = (
    "Booking reference 7Q2K for {NAME}, arriving Thursday.",
    "Your appointment with {NAME} is confirmed; call {PHONE} to reschedule.",
    "Payment from {NAME} received (card {CARD}).",
    "Please add {EMAIL} to the mailing list.",
    "Owner of the lost wallet: {NAME}, reachable at {PHONE}.",
    "{FIRST}, your package is at the front door.",
    "The contract was countersigned by {NAME} on behalf of the tenant.",
    "Error: duplicate account for {EMAIL} (ip {IP})",
    "Wire to {IBAN}, reference INV-2231.",
    "Student {NAME} missed three classes this week.",
    "Voicemail from {PHONE}: please call back.",
    "SSN on the form: {SSN}",
    "{NAME} joined the team as a data analyst.",
    "Contact person for the delivery is {NAME}.",
    "Reset link sent to {EMAIL}.",
    "Card {CARD} was flagged for review.",
    "Our guest {NAME} checked out early.",
    "Forward the report to {FIRST} by noon.",
    "Traffic from {IP} exceeded the rate limit.",
    "Coach {LAST} moved practice to 6 pm.",
)

ZH_HOLDOUT_2 = (
    "预约人{NAME}，预约时间周四下午，手机{MOBILE}。",
    "请转告{NAME}，明天的会议取消了。",
    "{NAME}说他下周回来。",
    "乘车人：{NAME}  证件号：{ID}",
    "本单由{NAME}负责跟进。",
    "老客户{NAME}又下了一单。",
    "联系{NAME}（{MOBILE}）领取奖品。",
    "{SUR}总，报告已发到您邮箱{EMAIL}。",
    "开户名：{NAME}，卡号：{BANK}",
    "宿舍长{NAME}负责检查卫生。",
    "考生{NAME}，准考证号20240517。",
    "我和{NAME}是大学同学。",
    "收款方{NAME}的银行卡{BANK}已冻结。",
    "监考老师：{NAME}、{NAME}",
    "{NAME}女士的车{PLATE}停在B2层。",
    "请{NAME}到前台领取快递。",
    "租客{NAME}已退租，押金退至{BANK}。",
    "给{NAME}发个短信，号码是{MOBILE}。",
    "护照持有人：{NAME}，号码{PASSPORT}",
    "原告{NAME}诉被告{NAME}合同纠纷一案。",
)


# A third held-out set, written on 2026-12-03 before the Chinese name cues of that day were
# changed, from new situations (patrol and incident reports, group chats, school notices, clinic
# front desks, rentals); scored once, after the changes.
EN_HOLDOUT_3 = (
    "Patrol log 22:40 - spoke with {NAME} near the east gate, no issues.",
    "Hey {FIRST}, the keys are under the mat. Text me at {PHONE} if you can't find them.",
    "Prescription for {NAME}: amoxicillin 500 mg, three times a day.",
    "{NAME} left a review: great service, will come again.",
    "Lease holder {NAME}; deposit returned to {IBAN}.",
    "Thank you, {NAME}, for your donation of $50.",
    "Reported by: {NAME} ({EMAIL})",
    "{FIRST} from accounting says the invoice is paid.",
    "Parent signature: {NAME}",
    "The suspect gave his name as {NAME} and refused to show ID.",
    "Login alert for {EMAIL} from {IP} at 03:12.",
    "Please call {NAME} back on {PHONE} before 5.",
    "Seat 14C is booked under {NAME}.",
    "Interview panel: {NAME}, {NAME} and {NAME}.",
    "Payment card {CARD} belongs to {NAME}.",
)

ZH_HOLDOUT_3 = (
    "巡逻记录：22点40分在东门与{NAME}交谈，未发现异常。",
    "{NAME}在群里说明天的聚餐改到七点。",
    "今天{NAME}请了病假，课由{NAME}代上。",
    "处方：{NAME}，阿莫西林，每日三次。",
    "{NAME}留言：服务很好，下次还来。",
    "租客{NAME}的押金已退回卡号{BANK}。",
    "感谢{NAME}捐款五十元。",
    "报案人{NAME}称其手机{MOBILE}被盗。",
    "家长签字：{NAME}",
    "嫌疑人自称{NAME}，拒绝出示证件。",
    "{SUR}老师说下周考试范围不变。",
    "请回电{NAME}，号码{MOBILE}，五点前。",
    "14C座位由{NAME}预订。",
    "面试小组成员：{NAME}、{NAME}、{NAME}。",
    "{NAME}和{NAME}昨晚在店里值班。",
)


def en_holdout_3(n: int = 450, seed: int = 57) -> list[dict]:
    return build_set(EN_HOLDOUT_3, "en", n, seed)


def zh_holdout_3(n: int = 450, seed: int = 57) -> list[dict]:
    return build_set(ZH_HOLDOUT_3, "zh", n, seed)


def en_holdout_2(n: int = 600, seed: int = 33) -> list[dict]:
    return build_set(EN_HOLDOUT_2, "en", n, seed)


def zh_holdout_2(n: int = 600, seed: int = 33) -> list[dict]:
    return build_set(ZH_HOLDOUT_2, "zh", n, seed)


def en_holdout(n: int = 900, seed: int = 21) -> list[dict]:
    return build_set(EN_HOLDOUT, "en", n, seed)


def zh_holdout(n: int = 900, seed: int = 21) -> list[dict]:
    return build_set(ZH_HOLDOUT, "zh", n, seed)
