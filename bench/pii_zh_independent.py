"""An independent Chinese PERSON evaluation set: templates never used for tuning.

    from bench.pii_zh_independent import zh_independent
    zh_independent(n=600, seed=91)   # [{"text": ..., "spans": [[start, end, ENTITY_TYPE], ...], ...}]

* The Chinese sentence templates below were written for this file by someone who never saw the
  detector's code. They were written without looking at the name rules (curate/pii/), the
  held-out set, the PII docs or notes, or the Chinese templates of any earlier set. They measure
  Chinese PERSON recall on a set the detector was never tuned on. One deviation: the author read
  bench/pii_gen.py to learn its placeholder syntax and ``build_set``, and so saw the 40
  ``ZH_TEMPLATES`` there. No template here is copied or adapted from those, and the ones that came
  out close to one were rewritten.
* The templates cover customer-service chats and tickets, clinic records and medical Q&A,
  security-incident reports and ops/alert logs, patrol reports, travel bookings, delivery notes,
  HR/school/court documents, bank and telecom SMS, WeChat-style chat, local news and labelled
  forms. ``ZH_INDEPENDENT_LABELLED`` has a label, title, honorific or role word right next to at
  least one name slot (姓名：, 联系人, 患者, 先生, 老师, 老/小 + surname, @ …).
  ``ZH_INDEPENDENT_BARE`` has none next to any name slot: the name is a subject, an object, sits in
  a list or in quotes, starts a line, or is possessive.
* Values come from bench.pii_gen's Faker generators (zh_CN, and zh_TW with the template converted
  to traditional characters) through ``build_set``. The seed fixes the output.
* Report results on this set separately. Do not merge it into the tuning sets, and do not tune on
  it: once it has been used for tuning it is no longer independent.
* How it was used (2026-12-04): first score on the whole set, before any change it led to,
  PERSON recall 0.471 (labelled 0.695, bare 0.261) against 0.735-0.816 on the earlier held-out
  sets. Then the misses of the EVEN templates only were read (``zh_independent_half("seen")``);
  the ODD templates (``"held_out"``) stay unseen and are the figure to quote.
"""
from __future__ import annotations

from bench.pii_gen import build_set
from bench.pinned import pinned_day

# {NAME}: a full name, {SUR}: a surname only. Other slots are the kinds bench.pii_gen._zh_value
# accepts: MOBILE, LANDLINE, ID, BANK, PASSPORT, PLATE, EMAIL, IP, CITY (CITY is not labelled).

# ---------------------------------------------------------------- a label or title next to the name
ZH_INDEPENDENT_LABELLED = (
    # customer service
    "客服：您好，请问怎么称呼？\n用户：我姓{SUR}，订单一直显示待发货。\n客服：{SUR}先生您好，我这边帮您查一下。",
    "【工单#20931】提交人：{NAME}｜问题类型：退款｜回访电话：{MOBILE}",
    "客服专员{NAME}已受理您的投诉，我们将在48小时内给您答复。",
    "您好{SUR}女士，您反馈的空调漏水问题已安排师傅明天上门，师傅电话{MOBILE}。",
    "我是替我妈妈{NAME}问的，她的会员积分怎么突然清零了?",
    # medical
    "患者{NAME}术后第二天，生命体征平稳，可在家属陪同下少量下床活动。",
    "主治医师：{NAME}　病区：心内科二病区　床号：17",
    "{SUR}医生您好，我父亲做完胆囊手术一周了，伤口有点发红，需要回医院看吗？",
    "家属{NAME}（患者之子）已签署手术知情同意书，联系电话{MOBILE}。",
    "挂号成功!就诊人:{NAME},科室:皮肤科,就诊时间:周四08:30-09:00,请提前15分钟到达。",
    "护士站请注意：23床{SUR}阿姨今晚零点后禁食禁水。",
    # security incidents, ops and alert logs
    "【告警】生产库CPU使用率超过95%，当前值班人：{NAME}，电话{MOBILE}",
    '{"ts":"2024-05-17T03:12:44+08:00","level":"WARN","msg":"用户{NAME}连续5次密码错误，账号已锁定","ip":"{IP}"}',
    "安全事件分析报告\n编写人：{NAME}\n审核人：{NAME}\n一、事件概述\n6月3日凌晨，对外网关出现异常流量。",
    "2024-03-08 22:15:03 INFO 运维工程师{NAME}执行了数据库主从切换，操作来源 {IP}",
    "应急响应负责人{SUR}经理要求所有相关人员在30分钟内上线。",
    "[oncall] 本周值班：{NAME}(主) / {NAME}(备)",
    # patrol reports
    "巡逻记录\n时间：22:00-24:00\n巡逻人员：{NAME}、{NAME}\n情况：B区地下车库照明故障，已报修。",
    "保安{NAME}在南门岗亭附近发现一名男子反复徘徊，已上前询问并登记。",
    "报警人{NAME}称其电动车在小区内被盗，联系电话{MOBILE}。",
    "经查，车主{SUR}先生的车辆{PLATE}于昨晚在地面车位被刮擦，已调取监控。",
    "民警{NAME}、辅警{NAME}到场处置，双方已达成和解。",
    "值班保安：{NAME}　交接时间：08:00　交接事项：3号楼电梯困人已解决",
    # travel
    "订单确认：乘机人{NAME}，护照号{PASSPORT}，{CITY}—曼谷，经济舱，行李额20kg。",
    "入住人：{NAME}　入住日期：10月2日　离店日期：10月5日　房型：高级大床房",
    "尊敬的{NAME}旅客，您乘坐的航班因天气原因延误，请留意登机口广播。",
    "导游{SUR}老师提醒：明早7点在酒店大堂集合，请勿迟到。",
    "紧急联系人姓名/关系/电话：{NAME}/配偶/{MOBILE}",
    # delivery
    "【快递】您的包裹已由{NAME}代签收，如有疑问请联系配送员{NAME}，电话{MOBILE}。",
    "收货信息：{NAME}，{MOBILE}，{CITY}经开区锦绣路66号2单元801",
    "寄件人{NAME}备注：易碎品，内有玻璃杯，请轻拿轻放。",
    "骑手{SUR}师傅已取餐，预计25分钟送达。",
    "{SUR}女士，外卖给您放门卫室了，记得下楼拿哦。",
    "派件员：{NAME}　状态：派送中　请保持电话畅通",
    # HR, school, court
    "关于{NAME}同志任职的通知\n经研究决定，任命其为市场部副经理，试用期三个月。",
    "入职登记表\n姓名：{NAME}\n身份证号：{ID}\n工资卡号：{BANK}",
    "班主任{SUR}老师：本周五下午三点召开家长会，请各位家长准时参加。",
    "原告{NAME}诉被告{NAME}民间借贷纠纷一案，本院于2023年9月4日立案受理。",
    "审判长　{NAME}\n审判员　{NAME}\n书记员　{NAME}",
    "学生{NAME}在本学期期中考试中成绩优异，特发此状，以资鼓励。",
    "人事部{SUR}经理：试用期考核表请于月底前交回。",
    # bank and telecom SMS
    "【XX银行】尊敬的{NAME}客户：您的借记卡{BANK}于05月12日14:23支出人民币2,000.00元，余额3,516.20元。",
    "【XX移动】{SUR}先生/女士您好，您本月套餐内流量已使用90%，可回复LL查询详情。",
    "户名：{NAME}\n账号：{BANK}\n开户行：{CITY}分行营业部",
    "【XX电信】您的号码{MOBILE}已成功办理过户，新机主：{NAME}。",
    "收款方: {NAME}  金额: ¥860.00  交易状态: 成功",
    "【预约提醒】{SUR}女士，您预约的网点业务办理时间为明天上午10:00，请携带身份证原件。",
    # WeChat-style chat
    "{SUR}哥，明天的会改到十点了哈",
    "@{NAME} 周报记得今天发一下哈～",
    "老{SUR}，晚上一起吃火锅不？",
    "妈，{SUR}阿姨说她下周来咱家玩，你跟爸说一声。",
    "小{SUR}，你上次说的那家店叫什么来着？",
    "表姐{NAME}下个月结婚，份子钱给多少合适啊",
    # local news
    "本报讯（记者{NAME}）昨日上午，{CITY}一小区发生火情，所幸无人员伤亡。",
    "据环卫工人{NAME}介绍，他每天凌晨四点就开始清扫这条街道。",
    "退休教师{NAME}坚持义务辅导社区孩子功课，至今已有十年。",
    "“我真没想到还能找回来。”失主{SUR}女士激动地说。",
    "（通讯员{NAME}　记者{NAME}）",
    "{NAME}和丈夫{NAME}经营这家小书店已经整整十五年。",
    # forms
    "姓名：{NAME}\n性别：女\n联系电话：{MOBILE}\n身份证号：{ID}",
    "经办人（签章）：{NAME}　　日期：____年__月__日",
    "联系人：{SUR}先生　座机：{LANDLINE}",
    "申请人（签字）：{NAME}",
    "| 序号 | 姓名 | 手机号 |\n| 1 | {NAME} | {MOBILE} |\n| 2 | {NAME} | {MOBILE} |",
    "报修人：{NAME}，房号：3栋502，故障描述：卫生间天花板漏水",
    "法定代表人：{NAME}\n注册地址：{CITY}\n联系电话：{LANDLINE}",
    "签收人：{NAME}　签收时间：2024-08-09 17:32",
    "监护人姓名：{NAME}　与学生关系：父亲　电话：{MOBILE}",
    "开户名：{NAME}；开户行：{CITY}支行；卡号：{BANK}",
    "访客登记｜来访人：{NAME}｜被访人：{NAME}｜车牌：{PLATE}",
    "户主：{NAME}\n家庭成员：{NAME}（妻）、{NAME}（子）",
    "姓名/Name: {NAME}\n部门: 研发中心\n邮箱: {EMAIL}",
)

# ---------------------------------------------------------------- no label or title next to any name
ZH_INDEPENDENT_BARE = (
    # customer service
    "[14:02] 访客：能帮我改一下收货人吗？改成{NAME}，电话{MOBILE}。",
    "{NAME}上周买的洗衣机到现在还没装好，麻烦你们催一下。",
    "转接记录：一线已处理，升级给{NAME}跟进，预计明天回复。",
    "刚才那位客户说{NAME}昨天已经答应给他退差价了，请核实。",
    "这单是{NAME}和{NAME}一起下的，发票抬头写公司就行。",
    "工单备注：与用户电话沟通两次未接通，已短信告知。——{NAME} 3月12日",
    "您好，我想查一下{NAME}名下还有几张卡在用。",
    "投诉内容：安装师傅迟到两个小时，态度也不好。\n处理结果：已向{NAME}致歉并补偿50元优惠券。",
    "麻烦把退货单号发给{NAME}，她负责我们这边的售后对接。",
    # medical
    "{NAME}今晨空腹血糖7.8mmol/L，较昨日下降，继续原治疗方案。",
    "下午查房时{NAME}诉右下腹隐痛，无发热，已通知上级医师。",
    "转诊单已经交给{NAME}了，明天让他直接去三楼放射科。",
    "我和{NAME}是同一天做的胃镜，他的病理结果出来了，我的还没有，正常吗？",
    "出院小结\n{NAME}，因社区获得性肺炎住院9天，现体温正常，咳嗽明显好转，准予出院。",
    "复诊提醒：请{NAME}于下周一携带既往病历到呼吸科复查。",
    "今天陪{NAME}去医院拿了报告，医生说甲状腺结节问题不大，半年后再复查就行。",
    "{NAME}、{NAME}两位的检验报告已上传，另一位需要重新采血。",
    # security incidents, ops and alert logs
    "经排查，{NAME}的办公电脑于当日14时许点击了钓鱼邮件中的链接，导致VPN凭据泄露。",
    '{"level":"error","module":"审批流","detail":"{NAME}提交的报销单在财务节点超时未处理","retry":3}',
    "2024-07-01 09:41:27 [审计] {NAME} 从 {IP} 登录堡垒机，访问了 10 台生产主机",
    "根因：变更脚本由{NAME}在未经评审的情况下直接执行，且缺少回滚步骤。",
    "复盘会议结论：{NAME}负责补充监控项，{NAME}负责梳理权限，下周三前完成。",
    "告警已被{NAME}认领，处理中。",
    "攻击者利用泄露的邮箱账号冒充{NAME}向财务发送付款指令，涉及金额约12万元。",
    "WARN 2024-11-20 02:03:11 定时任务“日报汇总”执行失败，已通知{NAME}和{NAME}，请上班后处理",
    # patrol reports
    "凌晨1时许，{NAME}巡至5号楼北侧时听到玻璃破碎声，立即通知了监控室。",
    "夜间巡逻由{NAME}和{NAME}负责，每两小时巡查一遍消防通道。",
    "车辆{PLATE}占用消防通道，已电话联系{NAME}挪车。",
    "据{NAME}反映，最近几天晚上总有人在楼道里抽烟，希望加强巡查。",
    "{NAME}独自巡查至地下二层时发现大面积积水，随即关闭了该区域的配电箱。",
    "现场询问时，{NAME}表示当晚并未看到有人进出仓库。",
    "本周巡逻排班：周一{NAME}，周二{NAME}，周三{NAME}，其余时间轮休。",
    # travel
    "旅行团名单\n1. {NAME} 护照{PASSPORT}\n2. {NAME} 护照{PASSPORT}",
    "{NAME}的高铁票改签到了下午3点那趟，座位号还没出来。",
    "这次去{CITY}是我和{NAME}、{NAME}三个人，酒店订两间就够了。",
    "行程安排：第一天抵达{CITY}后由{NAME}负责接机，晚上自由活动。",
    "请帮{NAME}加订一份儿童餐，他对花生过敏。",
    "机票已经用{NAME}的身份证{ID}订好了，记得带原件。",
    "退票申请已提交，票款会原路退回给{NAME}。",
    "“{NAME}，你的护照是不是落在前台了？”领队在群里问。",
    # delivery
    "放门口就行，不用敲门，到了给{NAME}打个电话：{MOBILE}",
    "您的包裹已签收。如非{NAME}本人签收，请及时反馈。",
    "这个件是{NAME}寄给{NAME}的，地址写错了，需要退回重发。",
    "家里没人，麻烦交给隔壁的{NAME}代收一下。",
    "快件异常：{NAME}电话无人接听，已转入驿站，取件码6-3-1102。",
    "昨天{NAME}帮我取了两个快递，其中一个箱子破了。",
    "{NAME} {MOBILE}\n{CITY}滨江区江南大道288号3幢1单元",
    # HR, school, court
    "经公司研究，同意{NAME}自2024年4月1日起解除劳动合同。",
    "{NAME}、{NAME}、{NAME}三人获得本学期“三好学生”称号。",
    "本院认为，{NAME}明知对方无还款能力仍出借款项，自身亦有一定过错。",
    "请把离职交接清单交给{NAME}签字，再送到人事部。",
    "家长群通知：明天秋游，{NAME}的妈妈说可以帮忙带一箱矿泉水。",
    "{NAME}于2019年7月入职，先后在销售部、客服部工作，现申请调岗。",
    "面试安排：上午10点{NAME}，10点半{NAME}，请面试官提前到场。",
    # bank and telecom SMS
    "【XX银行】{NAME}向您尾号6621的账户转账5000.00元，附言：房租。",
    "【XX银行】您正在为{NAME}办理密码重置，验证码483920，5分钟内有效，切勿告知他人。",
    "您已成功向{NAME}({BANK})转账1,280.00元。",
    "【XX通信】您的亲情号码已添加{NAME}（{MOBILE}），次月生效。",
    "【XX证券】{NAME}，您的账户已于今日完成风险测评，评估结果为稳健型。",
    "{NAME}邀请你加入家庭共享套餐，回复Y同意，回复N拒绝。",
    "【XX银行】您尾号0932的卡收到{NAME}转入1,000.00元，详情请登录手机银行查询。",
    "【XX保险】{NAME}为您投保的意外险已生效，保障期限一年，详情请拨打{LANDLINE}。",
    # WeChat-style chat
    "刚在地铁上碰到{NAME}了，她说下周回老家",
    "{NAME}说晚上不回来吃饭了，不用等他。",
    "听{NAME}讲，楼下新开的那家面馆挺好吃的，周末去试试？",
    "我和{NAME}一起去拿的蛋糕，你们先点蜡烛吧😂",
    "文件我已经发给{NAME}了，你直接找他要就行",
    "{NAME}、{NAME}和{NAME}都说周六可以，那就定周六吧!",
    "哈哈哈哈{NAME}今天又迟到了，被老板抓个正着",
    "你加一下{NAME}的微信吧，手机号就是{MOBILE}。",
    # local news
    "今年68岁的{NAME}是{CITY}人，年轻时在纺织厂工作了三十多年。",
    "当天下午，{NAME}在河边散步时发现有孩子落水，毫不犹豫跳入水中施救。",
    "{NAME}告诉记者，这些旧物都是她从废品站一件件淘回来的。",
    "在{NAME}的带动下，村里已有二十多户开始种植蓝莓。",
    "“只要大家吃得放心就行。”{NAME}一边揉面一边说。",
    "获救后，{NAME}的家人专程送来锦旗表示感谢。",
    "谈起这些年村里的变化，{NAME}感慨万千。",
    "目前，{NAME}已被送往医院救治，身体并无大碍。",
)

ZH_INDEPENDENT = ZH_INDEPENDENT_LABELLED + ZH_INDEPENDENT_BARE


@pinned_day
def zh_independent(n: int = 600, seed: int = 91) -> list[dict]:
    """``n`` labelled texts cycling through ``ZH_INDEPENDENT``. A record's ``template`` index is
    below ``len(ZH_INDEPENDENT_LABELLED)`` when a label or title sits next to a name."""
    return build_set(ZH_INDEPENDENT, "zh", n, seed)


def zh_independent_half(half: str, n: int = 600, seed: int = 91) -> list[dict]:
    """The even templates (``"seen"``: their misses were read) or the odd ones (``"held_out"``)."""
    want = {"seen": 0, "held_out": 1}[half]
    return [d for d in zh_independent(n, seed) if d["template"] % 2 == want]
