"""Blind evaluation set 11 -- public-service and service-industry records.

Provenance
----------
Written blind on 2026-12-05 from general knowledge of how the named systems
(public-security patrol/110/household registration, hospital HIS/LIS/EMR,
medical insurance, schools, social security, civil affairs, government
service halls, 12345 hotlines, OTA/12306, ride hailing, delivery, property
management, banks, insurers, courts, law firms, customer-service chats,
Taiwanese NHI/post office; US/UK/AU/IN hospitals, pharmacies, 911 CAD,
police, school SIS, airlines, hotels, car rental, DMV, insurers, courts,
helpdesk chats, CRM and payroll exports) print their logs and records.
No project code, tests, rules, seeds, docs or other evaluation sets were
read; the redactor was never imported or run.  Only the Python standard
library, Faker and phonenumbers are used.

API
---
    blind_log11(n: int, seed: int = 0) -> list[dict]
        n records {"text", "spans", "decoys", "template"}; spans/decoys are
        [start, end, TYPE/KIND] with Python code-point offsets; text[start:end]
        is the value exactly as printed (percent-encoded / \\u-escaped where
        the line prints it so).  One random.Random(seed) drives everything,
        Faker instances are seeded from it (output is stable for a given
        Faker/phonenumbers version).  Templates are used round-robin over one
        shuffled order; template numbers are 0..K-1 (see table).  About one
        record in ten is "clean": every planted value is replaced by a masked
        placeholder (recorded as decoy "masked") or by a dash.
    validate(records) -> dict
        self-check; raises AssertionError on any problem, returns counters.
    python pii_logs_blind11.py  -> generates 5,000 lines (seed 0), validates
        them and prints counts per TYPE and per decoy KIND.

Value generators
----------------
PERSON        Faker zh_CN (plus compound surnames 欧阳/司马/诸葛/上官/...,
              rare surnames 蔺/禚/訾/郗/亓/...; Uyghur "X·Y", Tibetan and
              Mongolian style names), zh_TW, en_US, en_GB, en_AU, en_IN (and
              de/fr/nl/es/it for EU payroll rows); pinyin logins; HL7
              "LAST^FIRST", APIS/BCBP "LAST/FIRST", "LAST, FIRST".
EMAIL_ADDRESS pinyin/name based at 163/126/qq/foxmail/gmail/sina/...,
              numeric QQ addresses, corporate domains, sometimes %40-encoded.
PHONE_NUMBER  CN mobiles (validated with phonenumbers) printed plain,
              138-1234-5678, 138 1234 5678, +86 138 1234 5678, +86-…,
              0086 …; CN landlines 0xx(x)-xxxxxxxx / (021)xxxxxxxx; TW
              0912-345-678 / (02)2345-6789; US/GB/AU/IN numbers built from
              phonenumbers example numbers with random tails, kept only if
              valid, printed national / international / E.164 / custom.
CREDIT_CARD   Luhn-valid UnionPay 62…(16/19), CN bank BINs, Visa, MC, Amex,
              plain / spaced / dashed; CN bank cards under 卡号 labels.
IBAN_CODE     DE GB FR ES IT NL BE AT CH IE PL PT, mod-97 valid, compact or
              grouped by 4.
US_SSN        area 001-899 (not 666), group 01-99, serial 0001-9999.
CN_RESIDENT_ID real area codes, births 1940-2015, GB 11643 check (X too).
PASSPORT      always after a passport/护照/证件 word: CN E+8 digits or
              E+letter+7, 港澳通行证 C+8 digits / C+letter+7, 回乡证 H/M+8,
              US/GB/DE/IN/
              FR/JP/AU/CA formats.
LICENSE_PLATE CN ordinary and new-energy plates with/without "·"; US (CA,
              NY style) and UK plates.
IP_ADDRESS    client IPv4 (public and LAN workstations) and IPv6.
CREDENTIAL    passwords, session ids / cookie values, bearer JWTs (token
              only), API keys, URL password parts.

Label conventions
-----------------
* any address of a person's account -> EMAIL_ADDRESS (QQ numeric too); role
  mailboxes (service@, noreply@) -> decoy role_mailbox.
* server / upstream / proxy / DB address -> decoy server_ip; a client's or
  user's (workstation) address -> IP_ADDRESS.
* surname before a title (王先生, 李经理, 张师傅, Mr. Smith, Dr. Patel) ->
  PERSON on the surname only; "王建国主任医师" -> PERSON on 王建国; full names
  of staff (民警, 医生, 护士, 老师, 网格员, 骑手, 司机, agents) are PERSON.
* famous historical people / fictional characters -> decoy public_figure;
  brands named after people -> decoy company; streets, districts, scenic
  spots, hospitals, schools/buildings -> decoy place / hospital / school.
* passwords, API keys, session ids, bearer tokens (token only), URL password
  part -> CREDENTIAL; one-time SMS / pickup codes -> decoy pickup_code.
* person-looking logins (jsmith, zhang.wei) -> PERSON; root, admin, svc-* ->
  decoy system_account.
* order ids (incl. Luhn-valid 16-digit and 11-digit ids starting with 1),
  case numbers, 病历号, 警号, 工号, waybills, train/flight numbers, UUIDs,
  epoch timestamps, amounts -> decoys.
* postal addresses, dates of birth, ages and genders are left unlabelled.
* A PERSON value may occur inside a decoy (张 in 张小泉) but every other
  occurrence of a planted value in the line is itself labelled.

Spans never overlap each other or a decoy; 0-4 spans and 0-3 decoys a line.

Template table (number: language / system -- spans | decoys)
------------------------------------------------------------
  0 zh  巡逻日志 (patrol log, 盘查)        PERSON x2, CN_ID, PHONE | place, badge_no
  1 zh  保安巡逻报告 (free text)           PERSON x2, PLATE, PHONE | school, room_no
  2 zh  110 接处警记录                      PERSON x2, PHONE | case_no, police_station, badge_no
  3 zh  派出所 户籍业务 kv log             PERSON, CN_ID | police_station, badge_no
  4 zh  流动人口登记 JSON (\\u-escaped)     PERSON x2, CN_ID, PHONE | record_no
  5 zh  社区网格员 走访记录                 PERSON x2, CN_ID, PHONE | place, room_no
  6 zh  HIS 挂号 Java log                   PERSON x2, CN_ID | record_no, department
  7 zh  门诊病历                            PERSON x2 | hospital, record_no, drug
  8 zh  LIS 检验报告 (pipe)                 PERSON x4 | specimen_no, record_no
  9 zh  住院登记                            PERSON x2, CN_ID, PHONE | record_no, department, amount
 10 zh  处方笺                              PERSON x3 | rx_no, department, drug
 11 zh  医保结算 log                        PERSON, CN_ID | trace_id, amount, hospital
 12 zh  疫苗接种记录                        PERSON x3, PHONE | product, lot_no
 13 zh  120 急救调度                        PERSON x2, PHONE | ticket_id, unit_id
 14 zh  学籍 CSV (学籍号 = G+身份证)        CN_ID x2, PERSON, PHONE | school
 15 zh  教务系统 成绩修改 log               PERSON x2, IP | badge_no, user_id
 16 zh  校园一卡通 消费                     PERSON | user_id, amount, trace_id
 17 zh  家校通 通知短信                     PERSON x2, PHONE | school
 18 zh  考试报名 URL (percent-encoded)      PERSON, CN_ID, PHONE, EMAIL | server_ip, status_size
 19 zh  人社 招聘 简历投递                  PERSON, PHONE, EMAIL | company, school
 20 zh  社保 增员                           PERSON, CN_ID, CREDIT_CARD | org_code, amount
 21 zh  公积金 提取 log                     PERSON, CN_ID, CREDIT_CARD | trace_id, user_id, amount
 22 zh  婚姻登记                            PERSON x2, CN_ID x2 | case_no
 23 zh  不动产登记 受理                     PERSON x2, CN_ID | case_no, unit_no
 24 zh  政务服务 办件记录                   PERSON x2, CN_ID, PHONE | ticket_id
 25 zh  12345 热线工单 (11-digit 工单号)    PERSON, PHONE | ticket_id, place
 26 zh  12306 购票短信                      PERSON | order_id, train_no, seat
 27 zh  12306 订单详情 (护照/身份证)        PERSON, PASSPORT|CN_ID | order_id, train_no, seat
 28 zh  OTA 酒店订单 log                    PERSON, PHONE | order_id, company, amount
 29 zh  OTA 机票出票                        PERSON, PASSPORT, PHONE, EMAIL | ticket_id, order_id, flight_no
 30 zh  景区实名预约 (港澳通行证/身份证)    PERSON, PASSPORT|CN_ID, PHONE | place, pickup_code
 31 zh  网约车 JSON                         PERSON, PLATE, PHONE | order_id, masked, user_id
 32 zh  出租车营运记录                      PLATE, PERSON | badge_no, place, amount
 33 zh  外卖 骑手取餐                       PERSON x2, PHONE | order_id, masked
 34 zh  家政 月嫂派单                       PERSON x2, CN_ID, PHONE | order_id, amount
 35 zh  物业报修单                          PERSON x2, PHONE | ticket_id, place, room_no
 36 zh  快递驿站 入库 log                   PERSON, PHONE | waybill, pickup_code, badge_no
 37 zh  银行柜面流水                        PERSON, CREDIT_CARD, CN_ID | trace_id, badge_no, amount
 38 zh  保险理赔报案                        PERSON x2, CN_ID, CREDIT_CARD | case_no, hospital
 39 zh  法院 电子送达记录                   PERSON x2, PHONE|EMAIL | case_no
 40 zh  律所 案件登记                       PERSON x2, PHONE | case_no, company, badge_no
 41 zh  客服对话 (电商, 我叫…/王女士)       PERSON x2, PHONE | order_id, badge_no
 42 zh  客服对话 (信用卡盗刷)               CREDIT_CARD, PERSON x2 | hotline
 43 zh  客服对话 (发票, 税号/邮箱)          PERSON, EMAIL | org_code, order_id
 44 zh  繁體 健保 IC 卡就醫紀錄             PERSON x2, PHONE | record_no x2, seq_no
 45 zh  繁體 中華郵政 掛號郵件              PERSON, PHONE | waybill, place
 46 zh  繁體 客服紀錄                       PHONE, PERSON x2 | masked, badge_no
 47 zh  旅业治安 上传                       PERSON x2, CN_ID|PASSPORT | room_no, org_code
 48 zh  政务网 nginx access + cookie        IP, CREDENTIAL | status_size, server_ip
 49 zh  短信网关 密码泄漏 log               CREDENTIAL | system_account, server_ip
 50 zh  小区访客登记                        PERSON x2, PHONE, PLATE | room_no
 51 zh  停车场 出场 log                     PLATE, PERSON, PHONE | order_id, amount
 52 zh  图书馆 借阅记录                     PERSON | user_id, public_figure, school
 53 zh  系统巡检 (no spans)                 - | hospital, server_ip, version
 54 zh  EMR 访问审计 (拼音账号)             PERSON x2, IP | badge_no, record_no
 55 en  HL7 ADT^A01 PID                     PERSON, PHONE, US_SSN | version, record_no, account_no
 56 en  EHR access audit CSV                PERSON x2, IP | record_no, department
 57 en  pharmacy refill                     PERSON x2, PHONE | store_no, rx_no, drug
 58 en  911 CAD incident                    PERSON x3, PHONE | case_no, place
 59 en  police incident report              PERSON x2, PHONE, PLATE | case_no, badge_no
 60 en  school SIS CSV export               PERSON x2, PHONE, EMAIL | user_id, school
 61 en  airline DCS check-in / APIS DOCS    PERSON x2, PASSPORT | flight_no, seat
 62 en  BCBP boarding-pass scan             PERSON | order_id, seat, flight_no
 63 en  hotel night audit                   PERSON, CREDIT_CARD, EMAIL | room_no, order_id
 64 en  car rental agreement                PERSON, PHONE, PLATE | order_id, masked
 65 en  DMV record                          PERSON x2, PLATE | masked, vin
 66 en  insurance claim note                PERSON x2, PHONE | case_no, place, masked
 67 en  court e-filing                      PERSON x2, EMAIL | ticket_id, case_no
 68 en  Zendesk chat transcript             EMAIL, PERSON x3 | user_id
 69 en  Intercom JSON conversation part     PERSON, EMAIL, CREDIT_CARD | ticket_id, timestamp_digits
 70 en  CRM CSV export                      PERSON x2, EMAIL, PHONE | record_id, company
 71 en  payroll CSV with SSN                PERSON x2, US_SSN | badge_no, amount, masked
 72 en  EU HR CSV with IBAN                 PERSON x2, IBAN, EMAIL | badge_no, amount
 73 en  UK hospital PAS admit               PERSON x2, PHONE | place, hospital, record_no
 74 en  AU ED triage                        PERSON x2, PHONE | hospital, record_no
 75 en  IN OPD registration                 PERSON x2, PHONE, EMAIL | record_no, department
 76 en  patient-portal access log + bearer  IP, CREDENTIAL | status_size, server_ip
 77 en  sshd auth log                       PERSON|system_account, IP
 78 en  CTI call log                        PHONE, PERSON x2 | uuid, hotline
 79 en  CRM case comment                    PERSON x2, PHONE | case_no, masked
 80 en  hotel PMS JSON (passport)           PERSON x2, PASSPORT, EMAIL | order_id, room_no
 81 en  facilities work order (no spans)    - | ticket_id, school, server_ip
 82 en  parking citation                    PLATE, PERSON | ticket_id, badge_no, amount
 83 en  postfix appointment reminder        EMAIL, PERSON | server_ip, role_mailbox
 84 en  HL7 ORU lab result                  PERSON x2 | record_no, order_id, npi
 85 en  school absence robocall             PERSON x2, PHONE | ticket_id, school
 86 en  ambulance ePCR                      PERSON x3 | case_no, drug, hospital
 87 en  UK housing repair job               PERSON, PHONE, EMAIL | ticket_id, company
 88 en  SEPA credit transfer log            PERSON, IBAN x2 | trace_id, company, amount
 89 en  airline loyalty login               EMAIL, IP, CREDENTIAL | user_id
 90 en  payment debug log (PCI leak)        CREDIT_CARD, PERSON, EMAIL, CREDENTIAL | uuid
 91 en  EHR test patient (no spans)         - | public_figure, record_no, hospital
(x|y = one of them; counts are before "clean" masking.)
"""
from __future__ import annotations

import datetime as _dt
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
import uuid as _uuid
from collections import Counter
from urllib.parse import quote, unquote

import phonenumbers
from faker import Faker

__all__ = ["blind_log11", "validate", "TYPES"]

TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
         "US_SSN", "CN_RESIDENT_ID", "PASSPORT", "LICENSE_PLATE", "IP_ADDRESS",
         "CREDENTIAL")

# --------------------------------------------------------------------------
# tokens
# --------------------------------------------------------------------------


def S(typ, val):
    """A planted (labelled) value."""
    return ("S", typ, val)


def D(kind, val):
    """A decoy (hard negative)."""
    return ("D", kind, val)


# --------------------------------------------------------------------------
# static vocabularies
# --------------------------------------------------------------------------
COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "皇甫", "东方", "慕容",
                     "司徒", "令狐", "夏侯", "端木", "公孙", "尉迟", "长孙"]
RARE_SURNAMES = ["蔺", "禚", "訾", "郗", "亓", "仉", "冼", "缑", "逄", "隗",
                 "眭", "厍", "佘", "钭", "笪", "甄", "麴", "闫"]
GIVEN_1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚琳玲斌鹏辉颖婷慧")
GIVEN_2 = ["秀兰", "桂英", "子轩", "浩然", "梓涵", "一诺", "欣怡", "宇航",
           "思远", "雨桐", "佳怡", "俊杰", "建国", "志强", "晓燕", "海燕",
           "文博", "若曦", "沐阳", "嘉怡", "振华", "淑珍", "玉兰", "春生"]
UY_GIVEN = ["阿依古丽", "热依拉", "古丽米拉", "买买提江", "艾力", "阿不都热合曼",
            "迪丽娜尔", "努尔兰", "帕提古丽", "依力哈木", "吐尔洪", "米日古丽"]
UY_FATHER = ["买买提", "艾山", "吐尔逊", "阿不都拉", "艾则孜", "玉素甫",
             "库尔班", "热合曼", "司马义", "依明"]
TIBETAN = ["扎西", "次仁", "卓玛", "格桑", "拉姆", "央金", "旺堆", "达瓦",
           "尼玛", "平措", "索朗", "多吉", "普布", "边巴", "德吉", "白玛", "洛桑"]
MONGOL = ["巴特尔", "乌云其木格", "其其格", "朝鲁门", "莫日根", "苏日娜",
          "额尔敦", "阿拉坦", "图雅", "那仁花", "宝音"]
PY_SUR = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu",
          "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "gao", "lin",
          "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng",
          "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai",
          "jiang", "du", "ye", "cheng", "su", "lu", "ding", "ren", "shen",
          "yao", "ouyang", "sima", "zhuge", "shangguan"]
PY_GIV = ["wei", "fang", "na", "min", "jing", "qiang", "lei", "jun", "yong",
          "yan", "jie", "juan", "tao", "ming", "chao", "xiulan", "xia", "ping",
          "gang", "haoran", "zixuan", "yinuo", "xinyi", "yuhang", "siyuan",
          "yutong", "jiayi", "junjie", "jianguo", "zhiqiang", "xiaoyan",
          "haiyan", "wenbo", "ruoxi", "muyang", "jiahui", "lina", "hao",
          "xin", "tingting", "lili", "dandan", "shuang"]
ZH_MAIL_DOMAINS = ["163.com", "163.com", "126.com", "qq.com", "qq.com",
                   "foxmail.com", "gmail.com", "sina.com", "yeah.net",
                   "hotmail.com", "outlook.com", "139.com", "aliyun.com",
                   "huawei.com", "cmbchina.com", "fudan.edu.cn", "zju.edu.cn",
                   "ctrip.com", "sinopec.com"]
EN_MAIL_DOMAINS = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com",
                   "icloud.com", "hotmail.co.uk", "btinternet.com",
                   "bigpond.com", "rediffmail.com", "comcast.net",
                   "contoso.com", "northwindhealth.org", "fabrikam.co.uk"]

CN_MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138",
                 "139", "147", "150", "151", "152", "153", "155", "156", "157",
                 "158", "159", "166", "172", "173", "175", "176", "177", "178",
                 "180", "181", "182", "183", "184", "185", "186", "187", "188",
                 "189", "191", "193", "195", "196", "197", "198", "199"]
CN_AREA_CODES = ["010", "021", "022", "023", "020", "024", "025", "027", "028",
                 "029", "0755", "0571", "0512", "0532", "0731", "0871", "0591",
                 "0451", "0551", "0898"]
US_AREA = ["201", "202", "206", "212", "213", "214", "303", "305", "312",
           "314", "404", "415", "503", "512", "602", "612", "617", "646",
           "702", "713", "718", "773", "801", "857", "917", "919"]
INTL_PREFIX = {
    "GB": {"mobile": ["74", "75", "77", "78", "79"],
           "fixed": ["207", "208", "121", "161", "131", "113", "117", "1223"]},
    "AU": {"mobile": ["41", "42", "43", "44", "45", "46", "47", "48"],
           "fixed": ["29", "28", "39", "38", "73", "89", "82"]},
    "IN": {"mobile": ["98", "99", "97", "96", "93", "91", "90", "88", "87",
                      "81", "79", "78", "77", "70", "63"],
           "fixed": ["11", "22", "80", "44", "40"]},
    "TW": {"mobile": ["91", "92", "93", "95", "96", "97", "98"],
           "fixed": ["2"]},
    "US": {"mobile": US_AREA, "fixed": US_AREA},
}
CN_AREAS = ["110101", "110105", "110108", "310104", "310115", "310101",
            "440106", "440305", "440104", "330106", "330102", "320102",
            "320106", "510107", "420106", "610113", "370202", "500103",
            "120101", "350203", "430104", "210102", "230102", "530102",
            "410105", "340104", "360102", "130102", "140105", "150102",
            "450103", "460106", "520102", "620102", "630102", "640104",
            "650102", "540102", "220102", "320583", "441900", "371402"]
UP_BINS = ["622202", "622848", "621700", "621661", "622588", "623668",
           "625807", "620522", "621226", "622700", "621483", "622609"]
PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
HEX = "0123456789abcdef"
B64U = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits

CN_CITIES = [("北京市", "朝阳区"), ("上海市", "徐汇区"), ("广州市", "天河区"),
             ("深圳市", "南山区"), ("杭州市", "西湖区"), ("成都市", "武侯区"),
             ("武汉市", "洪山区"), ("南京市", "鼓楼区"), ("西安市", "雁塔区"),
             ("重庆市", "渝中区"), ("上海市", "浦东新区"), ("苏州市", "工业园区")]
ROADS = ["中山路", "人民路", "解放路", "建设路", "张江路", "淮海中路",
         "延安西路", "南京东路", "长安街", "学院路", "科技园路", "文三路",
         "天府大道", "珞喻路", "逸仙路", "中山北路", "东方路", "漕溪北路"]
PLACES_ZH = ROADS + ["陆家嘴", "中山公园", "王府井", "西湖", "张江", "徐家汇",
                     "五道口", "鲁迅公园", "春熙路", "解放碑", "天河城", "中关村"]
COMMUNITIES = ["梅园社区", "孙桥社区", "东湖社区", "湖滨社区", "中山社区",
               "逸仙社区", "金桥社区", "翠苑社区", "陆家嘴花园", "张江汤臣豪园"]
POLICE_STATIONS = [x + "派出所" for x in ["徐家汇", "中山路", "陆家嘴", "湖滨",
                                          "五道口", "天河", "南山", "张江",
                                          "解放路", "人民路", "逸仙路", "春熙路"]]
HOSPITALS_ZH = ["复旦大学附属中山医院", "中山大学孙逸仙纪念医院", "北京协和医院",
                "复旦大学附属华山医院", "上海交通大学医学院附属瑞金医院",
                "白求恩国际和平医院", "浙江大学医学院附属邵逸夫医院",
                "中南大学湘雅医院", "四川大学华西医院", "中山医院", "仁济医院",
                "宋庆龄儿童医学中心"]
SCHOOLS_ZH = ["逸夫楼", "邵逸夫图书馆", "中山大学", "仲恺农业工程学院",
              "行知中学", "鲁迅中学", "宋庆龄学校", "中山纪念中学", "逸夫小学",
              "复旦大学", "浙江大学", "中山楼"]
UNIS_ZH = ["中山大学", "仲恺农业工程学院", "复旦大学", "浙江大学", "逸仙学院"]
K12_ZH = ["行知中学", "鲁迅中学", "宋庆龄学校", "中山纪念中学", "逸夫小学", "育才中学",
          "实验小学", "第一中学"]
DEPTS_ZH = ["心内科", "呼吸内科", "消化内科", "骨科", "儿科", "妇产科",
            "急诊科", "神经内科", "内分泌科", "普外科", "眼科", "皮肤科"]
DRUGS_ZH = ["阿莫西林胶囊", "头孢克肟分散片", "二甲双胍缓释片",
            "苯磺酸氨氯地平片", "布洛芬缓释胶囊", "奥美拉唑肠溶胶囊",
            "连花清瘟胶囊", "阿托伐他汀钙片", "蒙脱石散", "氯雷他定片"]
COMPANIES_ZH = ["李宁", "王老吉", "张小泉", "老干妈", "谭木匠", "王致和",
                "马应龙", "周大福", "周黑鸭", "张裕", "陈李济", "胡庆余堂"]
BOOKS = [("呐喊", "鲁迅"), ("红楼梦", "曹雪芹"), ("围城", "钱钟书"),
         ("边城", "沈从文"), ("骆驼祥子", "老舍"), ("三国演义", "罗贯中"),
         ("李白诗选", "李白"), ("东坡乐府", "苏轼"), ("西游记", "吴承恩")]
BANKS_ZH = ["工商银行", "建设银行", "农业银行", "中国银行", "招商银行",
            "交通银行", "浦发银行", "邮储银行"]
HOSPITALS_EN = ["Johns Hopkins Hospital", "Mount Sinai Hospital",
                "Massachusetts General Hospital", "Cedars-Sinai Medical Center",
                "St Thomas' Hospital", "Guy's Hospital", "Addenbrooke's Hospital",
                "Royal Prince Alfred Hospital", "Sir Charles Gairdner Hospital",
                "St Vincent's Hospital"]
SCHOOLS_EN = ["Lincoln Elementary School", "Thomas Jefferson High School",
              "George Washington Middle School", "Roosevelt High School",
              "Kennedy Middle School", "Madison Elementary", "Lincoln Hall",
              "Franklin Hall"]
STREETS_EN = ["Lincoln Ave", "Washington Blvd", "Martin Luther King Jr Way",
              "Jefferson St", "Franklin Rd", "Kennedy Dr", "Roosevelt Rd",
              "Madison Ave"]
COMPANIES_EN = ["Johnson & Johnson", "Dell Technologies", "Ford Motor Co",
                "Wells Fargo", "Walgreens", "Hewlett Packard Enterprise",
                "Ben & Jerry's", "Morgan Stanley", "Procter & Gamble",
                "Goldman Sachs", "Marks & Spencer", "Sainsbury's"]
DRUGS_EN = ["LISINOPRIL 10MG TAB", "ATORVASTATIN 20MG TAB", "METFORMIN ER 500MG",
            "AMOXICILLIN 500MG CAP", "SERTRALINE 50MG TAB",
            "LEVOTHYROXINE 75MCG TAB", "ALBUTEROL HFA 90MCG"]
DEPTS_EN = ["Cardiology", "Orthopaedics", "Dermatology", "General Medicine",
            "Paediatrics", "ENT", "Neurology", "4 WEST MED/SURG", "ICU", "ED"]
PUBLIC_EN = ["Abraham Lincoln", "Sherlock Holmes", "William Shakespeare",
             "Florence Nightingale", "Harry Potter", "Mickey Mouse",
             "George Washington", "Winnie the Pooh", "Homer Simpson"]
AIRLINES_ZH = ["CA", "MU", "CZ", "HU", "3U", "MF", "ZH", "FM"]
AIRLINES_EN = ["UA", "AA", "DL", "BA", "LH", "QF", "AF", "EK", "VS"]
AIRPORTS = ["JFK", "LHR", "SFO", "LAX", "SYD", "FRA", "CDG", "ORD", "BOS",
            "MEL", "DEL", "BOM", "PVG", "PEK", "HKG", "SIN"]
US_STATES = ["CA", "NY", "TX", "WA", "MA", "IL", "FL", "GA", "OR", "AZ"]
EU_LOCALE = {"DE": "de_DE", "AT": "de_DE", "CH": "de_DE", "FR": "fr_FR",
             "BE": "fr_FR", "NL": "nl_NL", "ES": "es_ES", "IT": "it_IT",
             "PT": "es_ES", "PL": "de_DE", "IE": "en_GB", "GB": "en_GB"}
IBAN_SPEC = {"DE": ("8n10n", 22), "GB": ("4a14n", 22), "FR": ("10n11c2n", 27),
             "ES": ("20n", 24), "IT": ("1a10n12c", 27), "NL": ("4a10n", 18),
             "BE": ("12n", 16), "AT": ("16n", 20), "CH": ("5n12c", 21),
             "IE": ("4a14n", 22), "PL": ("24n", 28), "PT": ("21n", 25)}
IBAN_BANKS = {"GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"],
              "NL": ["ABNA", "INGB", "RABO", "TRIO"],
              "IE": ["AIBK", "BOFI", "IPBS"]}
BIC = {"DE": "COBADEFFXXX", "GB": "NWBKGB2L", "FR": "BNPAFRPPXXX",
       "ES": "CAIXESBBXXX", "IT": "UNCRITMMXXX", "NL": "INGBNL2A",
       "BE": "GEBABEBB", "AT": "BKAUATWW", "CH": "UBSWCHZH80A",
       "IE": "AIBKIE2D", "PL": "PKOPPLPW", "PT": "CGDIPTPL"}
HR_DOMAIN = {"DE": "example-gmbh.de", "AT": "beispiel.at", "CH": "beispiel-ag.ch",
             "FR": "groupe-exemple.fr", "BE": "exemple.be", "NL": "bedrijf.nl",
             "ES": "empresa.es", "PT": "empresa.pt", "IT": "azienda.it",
             "PL": "firma.pl", "IE": "company.ie", "GB": "company.co.uk"}
LOCALES = ["zh_CN", "zh_TW", "en_US", "en_GB", "en_AU", "en_IN",
           "de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT"]
PHONE_REGIONS = ["CN", "US", "GB", "AU", "IN", "TW", "HK"]


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return len(num) > 1 and luhn_digit(num[:-1]) == num[-1]


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb11643(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def iban_numeric(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(v: str) -> bool:
    c = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    if c[:2] in IBAN_SPEC and len(c) != IBAN_SPEC[c[:2]][1]:
        return False
    return iban_numeric(c[4:] + c[:4]) % 97 == 1


_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uesc(s: str) -> str:
    """JSON \\u-escape every non-ASCII character (as ensure_ascii does)."""
    return "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in s)


def _decode(v: str) -> str:
    if "\\u" in v:
        v = json.loads('"' + v + '"')
    if re.search(r"%[0-9A-Fa-f]{2}", v):
        v = unquote(v)
    return v


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


def surname_of(name: str) -> str:
    for c in COMPOUND_SURNAMES:
        if name.startswith(c):
            return c
    return name[0]


def phone_valid(v: str) -> bool:
    for reg in PHONE_REGIONS:
        try:
            num = phonenumbers.parse(v, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return True
    return False


# --------------------------------------------------------------------------
# masking for "clean" records
# --------------------------------------------------------------------------


def _mask_digits(v: str, head: int, tail: int) -> str:
    pos = [i for i, c in enumerate(v) if c.isdigit()]
    keep = set(pos[:head]) | set(pos[len(pos) - tail:])
    return "".join("*" if (c.isdigit() and i not in keep) else c
                   for i, c in enumerate(v))


def _mask_plain(typ: str, v: str) -> str:
    if typ == "PERSON":
        if re.search(r"[\u3400-\u9fff]", v):
            return v[0] + "*" * max(1, min(2, len(v) - 1))
        return v[0] + "***"
    if typ == "EMAIL_ADDRESS":
        local, _, dom = v.partition("@")
        return local[0] + "***@" + dom
    if typ == "PHONE_NUMBER":
        n = sum(c.isdigit() for c in v)
        return _mask_digits(v, max(1, n - 8), 4)
    if typ == "CN_RESIDENT_ID":
        return v[:6] + "*" * 8 + v[-4:]
    if typ == "CREDIT_CARD":
        return _mask_digits(v, 6, 4)
    if typ == "IBAN_CODE":
        return "".join(c if (i < 4 or i >= len(v) - 4 or c == " ") else "*"
                       for i, c in enumerate(v))
    if typ == "US_SSN":
        return _mask_digits(v, 0, 4)
    if typ == "PASSPORT":
        return v[0] + "*" * (len(v) - 5) + v[-4:]
    if typ == "LICENSE_PLATE":
        return v[:2] + "*" * (len(v) - 3) + v[-1]
    if typ == "IP_ADDRESS":
        if ":" in v:
            return v.split(":")[0] + ":****:****"
        a = v.split(".")
        return a[0] + "." + a[1] + ".*.*"
    return "******"


def mask_value(typ: str, v: str) -> str:
    if "\\u" in v:
        return uesc(_mask_plain(typ, _decode(v)))
    if re.search(r"%[0-9A-Fa-f]{2}", v):
        return quote(_mask_plain(typ, unquote(v)), safe="*")
    return _mask_plain(typ, v)


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------


class Gen:
    def __init__(self, r: random.Random, fk: dict):
        self.r = r
        self.fk = fk

    # -- basics ----------------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def dig(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def num(self, n):
        return str(self.r.randint(1, 9)) + self.dig(n - 1)

    def hexs(self, n, upper=False):
        s = "".join(self.r.choice(HEX) for _ in range(n))
        return s.upper() if upper else s

    def letters(self, n, alphabet=string.ascii_uppercase):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def dt(self):
        base = _dt.datetime(2023, 1, 1)
        return base + _dt.timedelta(seconds=self.r.randint(0, 3 * 365 * 86400))

    def ms(self):
        return "%03d" % self.r.randint(0, 999)

    # -- persons ---------------------------------------------------------
    def zh_given(self):
        return self.pick(GIVEN_1) if self.r.random() < 0.4 else self.pick(GIVEN_2)

    def zh_name(self, han_only=False):
        x = self.r.random() * (0.89 if han_only else 1.0)
        if x < 0.72:
            return self.fk["zh_CN"].name()
        if x < 0.82:
            return self.pick(COMPOUND_SURNAMES) + self.zh_given()
        if x < 0.89:
            return self.pick(RARE_SURNAMES) + self.zh_given()
        if x < 0.94:
            return self.pick(UY_GIVEN) + "·" + self.pick(UY_FATHER)
        if x < 0.98:
            a, b = self.r.sample(TIBETAN, 2)
            return a + b
        return self.pick(MONGOL)

    def zh_person(self):
        n = self.zh_name(han_only=True)
        return n, surname_of(n)

    def zh_surname(self):
        return surname_of(self.zh_name(han_only=True))

    def tw_name(self):
        return self.fk["zh_TW"].name()

    def en_fl(self, loc=None):
        loc = loc or self.pick(["en_US", "en_US", "en_GB", "en_AU", "en_IN"])
        f = self.fk[loc]
        return f.first_name(), f.last_name()

    def en_name(self, loc=None):
        a, b = self.en_fl(loc)
        return a + " " + b

    def py_login(self):
        s, g = self.pick(PY_SUR), self.pick(PY_GIV)
        return self.pick([f"{s}.{g}", f"{s}{g}", f"{g[0]}{s}", f"{s}_{g}",
                          f"{s}{g}{self.r.randint(1, 9)}"])

    def en_login(self, first=None, last=None):
        if first is None:
            first, last = self.en_fl()
        f, l = ascii_fold(first).lower(), ascii_fold(last).lower()
        return self.pick([f[0] + l, f + "." + l, f + l[0], f[0] + l + str(self.r.randint(1, 9)),
                          f + "_" + l])

    def py_upper_name(self):
        return self.pick(PY_SUR).upper() + "/" + self.pick(PY_GIV).upper()

    # -- email -----------------------------------------------------------
    def zh_email(self, enc=False):
        if self.r.random() < 0.18:
            v = self.num(self.r.randint(6, 10)) + "@qq.com"
        else:
            s, g = self.pick(PY_SUR), self.pick(PY_GIV)
            local = self.pick([f"{s}{g}{self.r.randint(70, 99)}", f"{g}.{s}",
                               f"{s}_{g}{self.dig(2)}", f"{s}{g}",
                               f"{g[0]}{s}{self.dig(3)}", f"{s}.{g}"])
            v = local + "@" + self.pick(ZH_MAIL_DOMAINS)
        return v.replace("@", "%40") if enc else v

    def en_email(self, first=None, last=None, enc=False, domain=None):
        if first is None:
            first, last = self.en_fl()
        f, l = ascii_fold(first).lower(), ascii_fold(last).lower()
        local = self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{self.dig(2)}",
                           f"{f}_{l}", f"{l}.{f[0]}", f"{f}{self.r.randint(70, 99)}"])
        v = local + "@" + (domain or self.pick(EN_MAIL_DOMAINS))
        return v.replace("@", "%40") if enc else v

    # -- phones ----------------------------------------------------------
    def _valid(self, digits, region):
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(digits, region))
        except phonenumbers.NumberParseException:
            return False

    def cn_mobile_digits(self):
        while True:
            d = self.pick(CN_MOB_PREFIX) + self.dig(8)
            if self._valid(d, "CN"):
                return d

    def cn_mobile(self, style=None):
        d = self.cn_mobile_digits()
        style = style or self.r.choices(
            ["plain", "dash", "space", "p86s", "p86d", "p86", "0086"],
            [55, 10, 8, 9, 6, 6, 6])[0]
        return {"plain": d, "dash": f"{d[:3]}-{d[3:7]}-{d[7:]}",
                "space": f"{d[:3]} {d[3:7]} {d[7:]}",
                "p86s": f"+86 {d[:3]} {d[3:7]} {d[7:]}", "p86d": "+86-" + d,
                "p86": "+86" + d, "0086": "0086 " + d}[style]

    def cn_landline(self):
        while True:
            area = self.pick(CN_AREA_CODES)
            local = str(self.r.randint(2, 8)) + self.dig(7)
            if self._valid(area + local, "CN"):
                break
        return self.pick([f"{area}-{local}", f"({area}){local}", f"{area}-{local}",
                          f"{area} {local[:4]} {local[4:]}"])

    def cn_phone(self, landline=0.2):
        return self.cn_landline() if self.r.random() < landline else self.cn_mobile()

    def intl_phone(self, region, kind="mobile", style=None):
        ptype = (phonenumbers.PhoneNumberType.MOBILE if kind == "mobile"
                 else phonenumbers.PhoneNumberType.FIXED_LINE)
        ex = phonenumbers.example_number_for_type(region, ptype)
        length = len(phonenumbers.national_significant_number(ex))
        for _ in range(10000):
            pre = self.pick(INTL_PREFIX[region][kind])
            if region == "US":
                cand = pre + str(self.r.randint(2, 9)) + self.dig(6)
            else:
                cand = pre + self.dig(length - len(pre))
            num = phonenumbers.parse(cand, region)
            if phonenumbers.is_valid_number(num):
                break
        else:  # pragma: no cover
            raise RuntimeError(f"no valid {region} {kind} number")
        F = phonenumbers.PhoneNumberFormat
        nat = phonenumbers.format_number(num, F.NATIONAL)
        intl = phonenumbers.format_number(num, F.INTERNATIONAL)
        e164 = phonenumbers.format_number(num, F.E164)
        opts = [nat, nat, intl, e164]
        if region == "US":
            a, b, c = cand[:3], cand[3:6], cand[6:]
            opts += [f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}",
                     f"({a}){b}-{c}", f"+1 ({a}) {b}-{c}"]
        if region == "TW":
            if kind == "mobile":
                opts += [f"0{cand[:3]}-{cand[3:6]}-{cand[6:]}"] * 3
            else:
                opts += [f"(0{cand[0]}){cand[1:5]}-{cand[5:]}"] * 2
        if region == "IN" and kind == "mobile":
            opts += ["+91-" + cand, "+91 " + cand]
        if style == "e164":
            return e164
        return self.pick(opts)

    def us_phone(self):
        return self.intl_phone("US", self.pick(["mobile", "fixed"]))

    def en_phone(self, region=None):
        region = region or self.pick(["US", "US", "GB", "AU", "IN"])
        return self.intl_phone(region, self.pick(["mobile", "mobile", "fixed"]))

    def tw_phone(self):
        return self.intl_phone("TW", self.pick(["mobile", "mobile", "fixed"]))

    # -- cards / bank ------------------------------------------------------
    def card(self, brand=None, style=None):
        brand = brand or self.pick(["unionpay", "visa", "visa", "mc", "amex"])
        if brand == "unionpay":
            pre, ln = self.pick(UP_BINS), self.pick([16, 19, 19])
        elif brand == "visa":
            pre, ln = "4" + self.dig(5), 16
        elif brand == "mc":
            pre = (str(self.r.randint(51, 55)) if self.r.random() < 0.8
                   else str(self.r.randint(2221, 2720)))
            ln = 16
        else:
            pre, ln = self.pick(["34", "37"]), 15
        body = pre + self.dig(ln - len(pre) - 1)
        d = body + luhn_digit(body)
        style = style or self.r.choices(["plain", "space", "dash"], [55, 30, 15])[0]
        if style == "plain":
            return d
        sep = " " if style == "space" else "-"
        if ln == 15:
            return sep.join([d[:4], d[4:10], d[10:]])
        return sep.join(d[i:i + 4] for i in range(0, ln, 4))

    def cn_bankcard(self):
        return self.card("unionpay", self.r.choices(["plain", "space"], [75, 25])[0])

    def iban(self, cc=None, grouped=None):
        cc = cc or self.pick(list(IBAN_SPEC))
        spec = IBAN_SPEC[cc][0]
        bban = ""
        first_alpha = True
        for n, t in re.findall(r"(\d+)([nac])", spec):
            n = int(n)
            if t == "n":
                bban += self.dig(n)
            elif t == "a":
                if first_alpha and cc in IBAN_BANKS and n == 4:
                    bban += self.pick(IBAN_BANKS[cc])
                else:
                    bban += self.letters(n)
                first_alpha = False
            else:
                bban += "".join(self.r.choice(string.ascii_uppercase + string.digits)
                                for _ in range(n))
        chk = 98 - iban_numeric(bban + cc + "00") % 97
        v = f"{cc}{chk:02d}{bban}"
        grouped = self.r.random() < 0.5 if grouped is None else grouped
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if grouped else v

    def ssn(self, style=None):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        g, s = self.r.randint(1, 99), self.r.randint(1, 9999)
        style = style or self.r.choices(["dash", "plain", "space"], [75, 15, 10])[0]
        sep = {"dash": "-", "plain": "", "space": " "}[style]
        return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"

    # -- ids -----------------------------------------------------------------
    def cn_id(self, y0=1940, y1=2015, sex=None):
        area = self.pick(CN_AREAS)
        start = _dt.date(y0, 1, 1).toordinal()
        end = _dt.date(y1, 12, 31).toordinal()
        b = _dt.date.fromordinal(self.r.randint(start, end))
        seq = self.r.randint(0, 999)
        if sex == "M" and seq % 2 == 0:
            seq = (seq + 1) % 1000
        if sex == "F" and seq % 2 == 1:
            seq = (seq + 1) % 1000
        body = f"{area}{b:%Y%m%d}{seq:03d}"
        return body + gb11643(body)

    def passport_cn(self):
        if self.r.random() < 0.75:
            return "E" + self.dig(8)
        return "E" + self.pick(PLATE_LET) + self.dig(7)

    def hk_permit(self):
        if self.r.random() < 0.8:
            return "C" + self.dig(8)
        return "C" + self.pick(PLATE_LET) + self.dig(7)

    def passport(self, cc):
        if cc in ("CN", "CHN"):
            return self.passport_cn()
        if cc in ("US", "USA"):
            return self.num(9) if self.r.random() < 0.6 else self.pick("ABCDEFGHJKLMN") + self.dig(8)
        if cc in ("GB", "GBR"):
            return self.num(9)
        if cc in ("DE", "D", "DEU"):
            return "C" + "".join(self.r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if cc in ("IN", "IND"):
            return self.pick("JKLMNPRSTUVZ") + self.dig(7)
        if cc in ("FR", "FRA"):
            return self.dig(2) + self.letters(2) + self.dig(5)
        if cc in ("JP", "JPN"):
            return self.pick(["TK", "TR", "TZ", "MU"]) + self.dig(7)
        if cc in ("AU", "AUS"):
            return self.pick(["PA", "PB", "N", "E"]) + self.dig(7)
        if cc in ("CA", "CAN"):
            return self.letters(2) + self.dig(6)
        return self.num(9)

    def plate(self, sep=None):
        p = self.pick(PROV) + self.pick(PLATE_LET[:12])
        x = self.r.random()
        if x < 0.7:
            chars = [self.pick(string.digits) for _ in range(5)]
            for i in self.r.sample(range(5), self.r.choice([0, 1, 1, 2])):
                chars[i] = self.pick(PLATE_LET)
            tail = "".join(chars)
        elif x < 0.9:
            tail = self.pick("DF") + self.pick(PLATE_LET + string.digits) + self.dig(4)
        else:
            tail = self.dig(5) + self.pick("DF")
        sep = ("·" if self.r.random() < 0.5 else "") if sep is None else sep
        return p + sep + tail

    def us_plate(self):
        x = self.r.random()
        if x < 0.45:
            return str(self.r.randint(1, 9)) + self.letters(3, PLATE_LET) + self.dig(3)
        if x < 0.8:
            return self.letters(3, PLATE_LET) + self.pick(["-", ""]) + self.dig(4)
        return self.letters(2, PLATE_LET) + self.pick(["12", "62", "19", "69", "23", "73"]) \
            + self.pick([" ", ""]) + self.letters(3, PLATE_LET)

    # -- network / secrets -----------------------------------------------------
    def client_ip(self, cn=True, v6=0.15):
        if self.r.random() < v6:
            pre = self.pick([0x2408, 0x240e, 0x2409]) if cn else self.pick([0x2600, 0x2601, 0x2a02, 0x2406])
            rest = self.r.getrandbits(112)
            if self.r.random() < 0.4:
                rest &= ~(((1 << 48) - 1) << 16)  # zero groups -> "::" form
            return str(ipaddress.IPv6Address((pre << 112) | rest))
        first = self.pick([36, 58, 59, 60, 61, 101, 111, 112, 113, 114, 117, 120,
                           121, 123, 124, 125, 180, 183, 211, 218, 220, 222] if cn else
                          [24, 50, 66, 68, 71, 73, 76, 98, 104, 107, 174, 184, 81, 86, 90, 49])
        return f"{first}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def lan_ip(self):
        return self.pick([f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}",
                          f"192.168.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}",
                          f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}"])

    def server_ip(self):
        if self.r.random() < 0.7:
            return self.lan_ip()
        return self.client_ip(self.r.random() < 0.5, v6=0)

    def password(self, url_safe=False):
        x = self.r.random()
        if x < 0.25:
            v = self.pick(PY_SUR).capitalize() + self.pick(["@", "#", "!", "."]) + self.dig(self.r.randint(4, 8))
        elif x < 0.45:
            v = self.pick(["Summer", "Winter", "Qwer", "Admin", "Hospital", "Welcome", "Passw0rd"]) \
                + self.dig(4) + self.pick(["!", "#", "$", "@@"])
        else:
            v = "".join(self.r.choice(ALNUM + "!#$%^&*") for _ in range(self.r.randint(10, 16)))
            v = self.pick(string.ascii_letters) + v
        if url_safe:
            v = "".join(c if c.isalnum() else "_" for c in v) + "9x"
        return v

    def session_id(self):
        return self.pick([self.hexs(32, upper=True), self.hexs(32),
                          "".join(self.r.choice(B64U) for _ in range(43))])

    def jwt(self):
        import base64
        head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        payload = json.dumps({"sub": self.num(8), "iat": 1700000000 + self.r.randint(0, 9 ** 8),
                              "scope": "patient/*.read"}, separators=(",", ":"))
        pb = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
        sig = "".join(self.r.choice(B64U) for _ in range(43))
        return f"{head}.{pb}.{sig}"

    def api_key(self):
        return self.pick(["sk_live_" + "".join(self.r.choice(ALNUM) for _ in range(24)),
                          "sk-" + "".join(self.r.choice(ALNUM) for _ in range(48)),
                          "AKIA" + self.letters(16, string.ascii_uppercase + "234567"),
                          "ghp_" + "".join(self.r.choice(ALNUM) for _ in range(36))])

    # -- decoy values ------------------------------------------------------------
    def luhn16(self):
        body = (self.pick(["6", "4", "5"]) + self.dig(14)) if self.r.random() < 0.5 \
            else (f"{self.dt():%Y%m%d}" + self.dig(7))
        return body + luhn_digit(body)

    def cn11(self):
        return "1" + self.pick("3456789") + self.dig(9)

    def ts13(self):
        return str(int(self.dt().replace(tzinfo=_dt.timezone.utc).timestamp() * 1000) + self.r.randint(0, 999))

    def ts10(self):
        return str(int(self.dt().replace(tzinfo=_dt.timezone.utc).timestamp()))

    def uuid(self):
        return str(_uuid.UUID(int=self.r.getrandbits(128), version=4))

    def org_code(self):
        area = self.pick(CN_AREAS)
        org = self.pick(["MA", "MA"]) + "".join(self.r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6)) \
            if self.r.random() < 0.6 else self.dig(8)
        org = org[:8]
        # GB 11714 check on the 9-char organisation code
        w = [3, 7, 9, 10, 5, 8, 4, 2]
        vals = [int(c) if c.isdigit() else ord(c) - 55 for c in org]
        c9 = 11 - sum(a * b for a, b in zip(vals, w)) % 11
        c9 = {10: "X", 11: "0"}.get(c9, str(c9))
        body = self.pick(["91", "91", "92", "12", "52"]) + area + org + c9
        s = sum(_USCC.index(c) * w_ for c, w_ in zip(body, _USCC_W))
        chk = (31 - s % 31) % 31
        return body + _USCC[chk]

    def record10(self):
        return self.pick([self.num(10), "00" + self.dig(8), f"{self.dt():%Y}" + self.dig(6)])

    def badge6(self):
        return self.pick([self.dig(6), self.num(6)])

    def waybill(self):
        return self.pick(["SF" + self.num(13), "YT" + self.num(13), "JT" + self.num(13),
                          "75" + self.dig(12), "78" + self.dig(12), "JD" + self.dig(13),
                          "43" + self.dig(11)])

    def pickup(self):
        return self.pick([f"{self.r.randint(1, 12)}-{self.r.randint(1, 6)}-{self.r.randint(1000, 9999)}",
                          self.dig(6), f"A{self.r.randint(1, 30)}-{self.dig(4)}"])

    def train(self):
        c = self.pick("GGGDDKZT")
        return c + str(self.r.randint(1, 9999 if c in "GD" else 999))

    def flight(self, en=False):
        return self.pick(AIRLINES_EN if en else AIRLINES_ZH) + str(self.r.randint(101, 9899))

    def seat_cn(self):
        return f"{self.r.randint(1, 16):02d}车{self.r.randint(1, 18):02d}{self.pick('ABCDF')}号"

    def seat_en(self):
        return f"{self.r.randint(1, 45)}{self.pick('ABCDEFHJK')}"

    def room(self):
        return self.pick([f"{self.r.randint(2, 32)}{self.r.randint(1, 30):02d}",
                          f"{self.pick('ABC')}座{self.r.randint(2, 28)}{self.r.randint(1, 20):02d}室"])

    def amount_cn(self):
        x = self.r.randint(500, 2_000_000) / 100
        return self.pick([f"¥{x:,.2f}", f"{x:.2f}元", f"{x:.2f}"])

    def amount_en(self, cur="$"):
        x = self.r.randint(500, 900_000) / 100
        return f"{cur}{x:,.2f}"

    def court_case(self):
        abbr, code = self.pick([("沪", "0104"), ("沪", "0115"), ("京", "0105"), ("粤", "0106"),
                                ("浙", "0106"), ("川", "0107"), ("苏", "0102")])
        return f"（{self.r.randint(2019, 2025)}）{abbr}{code}{self.pick(['民初', '民终', '执', '刑初', '行初'])}{self.r.randint(100, 39999)}号"

    def version(self):
        return f"v{self.r.randint(1, 9)}.{self.r.randint(0, 20)}.{self.r.randint(0, 40)}"

    def status_size(self):
        return f"{self.pick(['200', '200', '200', '302', '404', '401', '500'])} {self.r.randint(0, 90000)}"

    def cn_addr(self):
        c, d = self.pick(CN_CITIES)
        tail = self.pick(["", f"{self.r.randint(1, 30)}号楼{self.r.randint(1, 6)}单元{self.r.randint(1, 30)}{self.r.randint(1, 4):02d}室"])
        return f"{c}{d}{self.pick(ROADS)}{self.r.randint(1, 999)}号{tail}"

    def en_addr(self):
        return f"{self.r.randint(10, 9999)} {self.pick(['Oak', 'Maple', 'Cedar', 'Pine', 'Elm', 'Birch', 'Willow'])} {self.pick(['St', 'Ave', 'Rd', 'Ct', 'Ln'])}"


# --------------------------------------------------------------------------
# templates -- each returns a list of str / S(...) / D(...) tokens
# --------------------------------------------------------------------------


def t_patrol_log(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S} [巡逻日志] 巡区：", D("place", g.pick(ROADS)),
            f"沿线 巡逻民警：", S("PERSON", g.zh_name()), " 警号：", D("badge_no", g.badge6()),
            f" {t:%H:%M}盘查可疑人员 盘查对象：", S("PERSON", g.zh_name()),
            "，身份证号：", S("CN_RESIDENT_ID", g.cn_id(1960, 2006)),
            "，联系电话：", S("PHONE_NUMBER", g.cn_mobile()),
            "，比对结果：", g.pick(["无异常，已放行", "系在逃人员，已带回审查", "有吸毒前科，已登记"]), "。"]


def t_patrol_report(g):
    t = g.dt()
    sur = g.zh_surname()
    return [f"巡逻报告 {t:%Y年%m月%d日} 夜班 保安员", S("PERSON", g.zh_name()),
            f"：{t:%H:%M}巡至", D("school", g.pick(SCHOOLS_ZH)), "东侧停车区，发现车牌", S("LICENSE_PLATE", g.plate()),
            "白色轿车占用消防通道，经查为", D("room_no", f"{g.r.randint(1, 20)}栋{g.r.randint(2, 30)}0{g.r.randint(1, 4)}"),
            "业主", S("PERSON", sur), g.pick(["先生", "女士"]), "车辆，电话联系（", S("PHONE_NUMBER", g.cn_mobile()),
            "）后已挪走，无其他异常。"]


def t_110(g):
    t = g.dt()
    return [f"110接处警记录 接警单号：", D("case_no", g.pick(CN_AREAS) + f"{t:%Y%m%d}" + g.dig(5)),
            f" 接警时间：{t:%Y-%m-%d %H:%M:%S} 报警人：", S("PERSON", g.zh_name()),
            " 联系电话：", S("PHONE_NUMBER", g.cn_phone()),
            f" 报警地址：{g.cn_addr()} 简要警情：", g.pick(["报警人称其电动车在楼下被盗", "报警人称与邻居因噪音发生纠纷",
                                                       "报警人称家中老人走失", "报警人称遭遇电信诈骗被骗2万元"]),
            " 处警单位：", D("police_station", g.pick(POLICE_STATIONS)), " 处警民警：", S("PERSON", g.zh_name()),
            f" 到场时间：{(t + _dt.timedelta(minutes=g.r.randint(4, 25))):%H:%M} 处理结果：已调解/已受案"]


def t_hukou(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S}.{g.ms()} INFO [hjyw-service] 业务受理 受理单位=",
            D("police_station", g.pick(POLICE_STATIONS)),
            f" 业务类型={g.pick(['户口迁入', '出生登记', '居民身份证换领', '户口迁出', '变更更正'])} 申请人=",
            S("PERSON", g.zh_name()), " 公民身份号码=", S("CN_RESIDENT_ID", g.cn_id()),
            f" 住址={g.cn_addr()} 经办民警警号=", D("badge_no", g.badge6()), " 状态=已受理"]


def t_floating_json(g):
    t = g.dt()
    return ['{"bizType":"LDRK_DJ","regNo":"', D("record_no", "LD" + f"{t:%Y%m%d}" + g.dig(6)),
            '","name":"', S("PERSON", uesc(g.zh_name())), '","sex":"', uesc(g.pick(["男", "女"])),
            '","idCard":"', S("CN_RESIDENT_ID", g.cn_id(1960, 2005)),
            '","mobile":"', S("PHONE_NUMBER", g.cn_mobile("plain")),
            '","addr":"', uesc(g.cn_addr()), '","reason":"', uesc(g.pick(["务工", "经商", "就学", "投靠亲友"])),
            '","landlord":"', S("PERSON", uesc(g.zh_name())), f'","regTime":"{t:%Y-%m-%d %H:%M:%S}"}}']


def t_grid(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d} 网格员", S("PERSON", g.zh_name()), "入户走访", D("place", g.pick(COMMUNITIES)),
            f"{g.r.randint(1, 30)}号楼", D("room_no", f"{g.r.randint(1, 30)}{g.r.randint(1, 4):02d}室"),
            "，住户", S("PERSON", g.zh_name()), f"（{g.r.randint(68, 93)}岁，独居，身份证",
            S("CN_RESIDENT_ID", g.cn_id(1930 + 10, 1956)), "），",
            g.pick(["反映楼道灯损坏，已上报物业", "血压偏高，已联系家庭医生", "需申请高龄补贴，已指导办理"]),
            "。其女儿联系电话", S("PHONE_NUMBER", g.cn_mobile()), "。"]


def t_his_reg(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S}.{g.ms()} INFO  [http-nio-8080-exec-{g.r.randint(1, 200)}] "
            "c.w.his.reg.RegisterServiceImpl - 挂号成功 病历号=", D("record_no", g.record10()),
            " 姓名=", S("PERSON", g.zh_name()), " 身份证=", S("CN_RESIDENT_ID", g.cn_id()),
            " 科室=", D("department", g.pick(DEPTS_ZH)), " 医生=", S("PERSON", g.zh_name()),
            f" 号序={g.r.randint(1, 60)} 挂号费={g.pick(['10.00', '25.00', '50.00', '100.00'])} 渠道={g.pick(['微信公众号', '自助机', '人工窗口', '支付宝'])}"]


def t_emr(g):
    doc = g.zh_name(han_only=True)
    return [D("hospital", g.pick(HOSPITALS_ZH)), " 门诊病历 门诊号：", D("record_no", g.record10()),
            " 患者：", S("PERSON", g.zh_name()), f" {g.pick(['男', '女'])} {g.r.randint(3, 88)}岁 主诉：",
            g.pick(["咳嗽咳痰3天", "反复上腹痛1月", "头晕乏力2周", "右膝关节疼痛半年"]),
            " 诊断：", g.pick(["急性支气管炎", "慢性胃炎", "原发性高血压", "膝骨关节炎"]), " 处理：",
            D("drug", g.pick(DRUGS_ZH)), " 口服 tid，一周后复诊 医师：", S("PERSON", doc),
            g.pick(["主任医师", "副主任医师", "主治医师", "医师"])]


def t_lis(g):
    t = g.dt()
    return [f"LIS|RPT|标本号:", D("specimen_no", f"{t:%y%m%d}" + g.dig(4)), "|", S("PERSON", g.zh_name()),
            f"|{g.pick(['男', '女'])}|{g.r.randint(1, 90)}岁|门诊号:", D("record_no", g.record10()),
            f"|项目:{g.pick(['血常规', '肝功能', '肾功能', '血脂四项'])}|WBC {g.r.randint(35, 110) / 10} 10^9/L|"
            f"HGB {g.r.randint(95, 165)} g/L|送检医生:", S("PERSON", g.zh_name()), "|检验者:", S("PERSON", g.zh_name()),
            "|审核者:", S("PERSON", g.zh_name()), f"|报告时间:{t:%Y-%m-%d %H:%M}"]


def t_inpatient(g):
    return ["【住院登记】住院号：", D("record_no", "ZY" + g.dig(8)), "；姓名：", S("PERSON", g.zh_name()),
            "；身份证号：", S("CN_RESIDENT_ID", g.cn_id(1940, 2000)), "；入院科室：", D("department", g.pick(DEPTS_ZH)),
            f"；床号：{g.r.randint(1, 48)}床；联系人：", S("PERSON", g.zh_name()),
            f"（{g.pick(['配偶', '子', '女', '父', '母'])}）；联系电话：", S("PHONE_NUMBER", g.cn_phone()),
            "；预交金：", D("amount", g.pick(["3000.00", "5000.00", "10000.00", "20000.00"])), "元"]


def t_rx(g):
    t = g.dt()
    return [f"处方笺 [{g.pick(['普通', '急诊', '儿科'])}] NO.", D("rx_no", f"{t:%Y%m%d}" + g.dig(5)),
            " 科别：", D("department", g.pick(DEPTS_ZH)), " 患者：", S("PERSON", g.zh_name()),
            f" {g.pick(['男', '女'])} {g.r.randint(1, 90)}岁 Rp: ", D("drug", g.pick(DRUGS_ZH)),
            f" ×{g.pick(['1盒', '2盒', '24粒'])} 用法：口服 bid 医师：", S("PERSON", g.zh_name()),
            " 审核药师：", S("PERSON", g.zh_name()), f" 开具日期：{t:%Y-%m-%d}"]


def t_yibao(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S} [YBJS-2207] 结算成功 就诊流水号=", D("trace_id", f"{t:%Y%m%d%H%M%S}" + g.dig(6)),
            " 参保人=", S("PERSON", g.zh_name()), " 证件号码=", S("CN_RESIDENT_ID", g.cn_id()),
            f" 险种={g.pick(['职工基本医疗保险', '城乡居民基本医疗保险'])} 医疗费总额=", D("amount", g.amount_cn()),
            f" 统筹支付={g.r.randint(0, 9000)}.{g.dig(2)} 个人账户支付={g.r.randint(0, 900)}.{g.dig(2)} 定点机构=",
            D("hospital", g.pick(HOSPITALS_ZH))]


def t_vaccine(g):
    t = g.dt()
    return ["预防接种记录 受种者：", S("PERSON", g.zh_name()), f" 出生日期：{t.year - g.r.randint(0, 6)}-{t:%m-%d} 监护人：",
            S("PERSON", g.zh_name()), " 联系电话：", S("PHONE_NUMBER", g.cn_mobile()), " 疫苗：",
            D("product", g.pick(["百白破疫苗", "麻腮风疫苗", "乙肝疫苗(酿酒酵母)", "13价肺炎球菌多糖结合疫苗", "水痘减毒活疫苗"])),
            " 批号：", D("lot_no", f"{t:%Y%m}" + g.dig(3)),
            f" 剂次：第{g.r.randint(1, 4)}剂 部位：{g.pick(['左上臂', '右上臂', '左大腿'])} 接种医生：", S("PERSON", g.zh_name()),
            f" 接种单位：{g.pick(COMMUNITIES)[:2]}社区卫生服务中心"]


def t_120(g):
    t = g.dt()
    return [f"[120调度] {t:%Y-%m-%d %H:%M:%S} 受理号 ", D("ticket_id", f"{t:%Y%m%d}" + g.dig(6)),
            " 呼救号码 ", S("PHONE_NUMBER", g.cn_phone()), " 呼救人 ", S("PERSON", g.zh_surname()),
            g.pick(["女士", "先生"]), f" 称其{g.pick(['父亲', '母亲', '爱人'])}（{g.r.randint(55, 90)}岁）"
            f"{g.pick(['突发胸痛', '意识不清', '摔倒后无法站立', '呼吸困难'])} 地址 {g.cn_addr()} 派车 ",
            D("unit_id", f"{g.pick(['徐汇', '浦东', '天河', '西湖', '武侯'])}站{g.r.randint(1, 9)}号车"),
            " 随车医生 ", S("PERSON", g.zh_name()), f" 出车时间 {(t + _dt.timedelta(minutes=2)):%H:%M}"]


def t_xueji(g):
    ident = g.cn_id(2008, 2015)
    return [D("school", g.pick(K12_ZH)), f",{g.pick(['一', '三', '五', '七', '初二', '高一'])}年级{g.r.randint(1, 12)}班,G",
            S("CN_RESIDENT_ID", ident), ",", S("PERSON", g.zh_name()),
            f",{'男' if int(ident[16]) % 2 else '女'},{ident[6:10]}-{ident[10:12]}-{ident[12:14]},",
            S("CN_RESIDENT_ID", ident), ",", S("PHONE_NUMBER", g.cn_mobile()), ",在籍"]


def t_jiaowu(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S} [jwxt] 用户 ", S("PERSON", g.py_login()), " (工号 ",
            D("badge_no", f"{g.r.randint(1998, 2022)}{g.dig(4)}"), ") 登录IP ", S("IP_ADDRESS", g.client_ip()),
            f" 操作=修改成绩 课程={g.pick(['高等数学A', '大学英语III', '数据结构', '有机化学'])} 学生=",
            S("PERSON", g.zh_name()), " 学号=", D("user_id", f"{g.r.randint(2019, 2024)}{g.dig(6)}"),
            f" 原成绩={g.r.randint(40, 59)} 新成绩={g.r.randint(60, 75)}"]


def t_yikatong(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S} POS消费 终端=T{g.dig(4)} 卡号=", D("user_id", f"{g.r.randint(2018, 2024)}{g.dig(6)}"),
            " 姓名=", S("PERSON", g.zh_name()),
            f" 商户={g.pick(['第二食堂3号窗口', '学一食堂', '逸夫楼超市', '浴室'])} 金额=", D("amount", f"-{g.r.randint(300, 4000) / 100:.2f}"),
            f" 余额={g.r.randint(0, 50000) / 100:.2f} 流水=", D("trace_id", g.luhn16())]


def t_jiaxiao(g):
    t = g.dt()
    return ["【家校通】", S("PERSON", g.zh_name()), f"家长您好：本周{g.pick('一二三四五')}下午{g.r.randint(2, 4)}点在",
            D("school", g.pick(SCHOOLS_ZH)), g.pick(["三楼报告厅召开家长会，请准时参加。", "举行期中考试总结会，请安排时间参加。"]),
            "如有疑问请联系班主任", S("PERSON", g.zh_surname()), "老师，电话", S("PHONE_NUMBER", g.cn_mobile()), "。回T退订"]


def t_exam_url(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S} [access] upstream=", D("server_ip", g.server_ip()),
            f':8080 "POST /api/v1/exam/signup?examId={t:%Y}{g.pick(["NCRE", "CET4", "ZJKS", "JSZG"])}&name=',
            S("PERSON", quote(g.zh_name(), safe="")), "&idCard=", S("CN_RESIDENT_ID", g.cn_id(1970, 2006)),
            "&mobile=", S("PHONE_NUMBER", g.cn_mobile("plain")), "&email=", S("EMAIL_ADDRESS", g.zh_email(enc=True)),
            ' HTTP/1.1" ', D("status_size", g.status_size()), f" {g.r.randint(5, 900)}ms"]


def t_recruit(g):
    t = g.dt()
    return [f"[智慧就业] {t:%Y-%m-%d %H:%M} 简历投递成功 职位：{g.pick(['客服专员', '仓库管理员', '护士', '会计', 'Java开发工程师'])} 单位：",
            D("company", g.pick(COMPANIES_ZH) + g.pick(["集团有限公司", "股份有限公司", "食品有限公司"])),
            " 求职者：", S("PERSON", g.zh_name()), " 手机：", S("PHONE_NUMBER", g.cn_mobile()),
            " 邮箱：", S("EMAIL_ADDRESS", g.zh_email()), " 毕业院校：", D("school", g.pick(UNIS_ZH)),
            f" 学历：{g.pick(['本科', '大专', '硕士'])}"]


def t_shebao(g):
    c, _ = g.pick(CN_CITIES)
    return [f"社保增员 单位名称：{c[:2]}{g.pick(['恒信', '华泰', '启明', '远航'])}科技有限公司 统一社会信用代码：", D("org_code", g.org_code()),
            " 职工姓名：", S("PERSON", g.zh_name()), " 公民身份号码：", S("CN_RESIDENT_ID", g.cn_id(1960, 2004)),
            " 参保险种：养老/医疗/失业/工伤/生育 缴费基数：", D("amount", f"{g.r.randint(6000, 36000)}.00"),
            " 代发工资卡号：", S("CREDIT_CARD", g.cn_bankcard())]


def t_gjj(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S} [GJJ-TQ] 提取申请 业务流水号=", D("trace_id", f"TQ{t:%Y%m%d}{g.dig(8)}"),
            " 个人账号=", D("user_id", g.num(12)), " 姓名=", S("PERSON", g.zh_name()),
            " 证件号码=", S("CN_RESIDENT_ID", g.cn_id(1960, 2004)),
            f" 提取原因={g.pick(['租房', '购房', '离职', '退休'])} 收款银行={g.pick(BANKS_ZH)} 收款卡号=",
            S("CREDIT_CARD", g.cn_bankcard()), " 提取金额=", D("amount", g.amount_cn())]


def t_marriage(g):
    t = g.dt()
    return ["婚姻登记 登记字号：", D("case_no", f"J{g.pick(CN_AREAS)}-{t:%Y}-{g.dig(6)}"),
            f" 类别：{g.pick(['结婚', '结婚', '离婚', '补领结婚证'])} 男方：", S("PERSON", g.zh_name()),
            " 身份证件号：", S("CN_RESIDENT_ID", g.cn_id(1950, 2003, "M")), " 女方：", S("PERSON", g.zh_name()),
            " 身份证件号：", S("CN_RESIDENT_ID", g.cn_id(1950, 2004, "F")), f" 登记日期：{t:%Y-%m-%d}"]


def t_budongchan(g):
    t = g.dt()
    return ["不动产登记受理 受理编号：", D("case_no", f"{t:%Y}{g.dig(8)}"),
            f" 登记类型：{g.pick(['转移登记', '抵押登记', '首次登记', '变更登记'])} 权利人：", S("PERSON", g.zh_name()),
            "（", S("CN_RESIDENT_ID", g.cn_id(1950, 2003)), "） 共有人：", S("PERSON", g.zh_name()),
            " 共有方式：共同共有 不动产单元号：",
            D("unit_no", f"{g.pick(CN_AREAS)}{g.dig(6)}GB{g.dig(5)}F{g.dig(8)}"), f" 坐落：{g.cn_addr()}"]


def t_zwfw(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S} 办件编号:", D("ticket_id", g.pick(CN_AREAS) + f"{t:%Y%m%d}" + g.dig(6)),
            f" 事项:{g.pick(['居住证签注', '新生儿落户', '灵活就业登记', '老年人优待证办理', '营业执照变更'])} 申请人:",
            S("PERSON", g.zh_name()), " 证件号码:", S("CN_RESIDENT_ID", g.cn_id()),
            " 联系电话:", S("PHONE_NUMBER", g.cn_phone()), f" 窗口:{g.pick('ABC')}{g.r.randint(1, 30):02d} 受理人:",
            S("PERSON", g.zh_name()), f" 状态:{g.pick(['已受理', '办结', '补正'])}"]


def t_12345(g):
    t = g.dt()
    return ["12345热线工单 工单号：", D("ticket_id", g.cn11()), f" 来电时间：{t:%Y-%m-%d %H:%M} 来电号码：",
            S("PHONE_NUMBER", g.cn_phone()), " 来电人：", S("PERSON", g.zh_surname()), g.pick(["女士", "先生"]),
            f" 诉求类型：{g.pick(['投诉', '求助', '建议'])} 内容：来电人反映", D("place", g.pick(PLACES_ZH)),
            g.pick(["附近工地夜间施工噪音扰民", "路口共享单车乱停放", "小区门口占道经营", "公交站台广告牌松动"]),
            "，要求相关部门核查处理。承办单位：区城管执法局"]


def t_12306_sms(g):
    t = g.dt()
    return ["【铁路客服】订单", D("order_id", "E" + g.num(9)), "，", S("PERSON", g.zh_name()),
            f"您已购{t.month}月{t.day}日", D("train_no", g.train()), "次",
            D("seat", g.seat_cn()), f"，{g.pick(['上海虹桥', '北京南', '广州南', '杭州东', '成都东'])}站{t:%H:%M}开，检票口{g.r.randint(1, 24)}。"]


def t_12306_order(g):
    t = g.dt()
    if g.r.random() < 0.5:
        doc = ["证件类型=护照 证件号码=", S("PASSPORT", g.passport_cn())]
    else:
        doc = ["证件类型=中国居民身份证 证件号码=", S("CN_RESIDENT_ID", g.cn_id())]
    return [f"{t:%Y-%m-%d %H:%M:%S} [12306-order] 订单号=", D("order_id", "E" + g.num(9)), " 车次=",
            D("train_no", g.train()), f" 发站={g.pick(['北京南', '上海虹桥', '深圳北', '西安北'])} 乘车人=",
            S("PERSON", g.zh_name()), " "] + doc + [" 席位=二等座 ", D("seat", g.seat_cn()),
                                                 f" 票价=¥{g.r.randint(50, 1200)}.{g.pick(['0', '5'])}"]


def t_hotel_ota(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S} [ota-hotel] 预订确认 orderId=", D("order_id", g.luhn16()), " hotel=",
            D("company", g.pick(["陆家嘴", "张江", "西湖", "春熙路"]) + g.pick(["亚朵酒店", "全季酒店", "汉庭酒店"])),
            " 入住人=", S("PERSON", g.zh_name()), " 手机=", S("PHONE_NUMBER", g.cn_mobile()),
            f" 入住={t:%Y-%m-%d} 离店={(t + _dt.timedelta(days=g.r.randint(1, 5))):%Y-%m-%d} 房型={g.pick(['高级大床房', '商务双床房', '行政套房'])} 房费=",
            D("amount", g.amount_cn())]


def t_flight_ota(g):
    return ["出票成功 票号 ", D("ticket_id", f"{g.pick(['999', '781', '784', '880'])}-{g.dig(10)}"), " PNR ",
            D("order_id", g.letters(6, PLATE_LET + "23456789")), " 航班 ", D("flight_no", g.flight()),
            f" {g.pick(['PVG-NRT', 'PEK-LHR', 'CAN-SIN', 'CTU-BKK'])} 乘机人 ", S("PERSON", g.py_upper_name()),
            " 护照号 ", S("PASSPORT", g.passport_cn()), " 联系手机 ", S("PHONE_NUMBER", g.cn_mobile()),
            " 联系邮箱 ", S("EMAIL_ADDRESS", g.zh_email())]


def t_scenic(g):
    t = g.dt()
    if g.r.random() < 0.45:
        doc = ["证件类型=港澳居民来往内地通行证 证件号=", S("PASSPORT", g.pick("HM") + g.dig(8))] if g.r.random() < 0.3 else \
              ["证件类型=往来港澳通行证 证件号=", S("PASSPORT", g.hk_permit())]
    else:
        doc = ["证件类型=身份证 证件号=", S("CN_RESIDENT_ID", g.cn_id())]
    return [f"[实名预约] {t:%Y-%m-%d %H:%M:%S} 景区=",
            D("place", g.pick(["中山陵景区", "鲁迅故里", "黄山风景区", "岳麓书院", "西湖景区", "武侯祠"])),
            f" 入园日期={(t + _dt.timedelta(days=3)):%Y-%m-%d} 游客=", S("PERSON", g.zh_name()), " "] + doc + \
           [" 手机=", S("PHONE_NUMBER", g.cn_mobile()), " 核销码=", D("pickup_code", g.dig(8))]


def t_ride_json(g):
    t = g.dt()
    m = g.cn_mobile_digits()
    return ['{"ts":"', f"{t:%Y-%m-%dT%H:%M:%S}+08:00", '","event":"order_finish","orderId":"', D("order_id", g.num(19)),
            '","driver":{"name":"', S("PERSON", g.zh_name()), '","plate":"', S("LICENSE_PLATE", g.plate()),
            '","mobile":"', S("PHONE_NUMBER", g.cn_mobile("plain")),
            '"},"passenger":{"mobile":"', D("masked", m[:3] + "****" + m[7:]), '","uid":',
            D("user_id", g.num(12)), f'}},"fare":{g.r.randint(900, 15000) / 100}}}']


def t_taxi(g):
    t = g.dt()
    return [f"出租车营运记录 车牌:", S("LICENSE_PLATE", g.plate()), " 驾驶员:", S("PERSON", g.zh_name()),
            " 服务监督卡号:", D("badge_no", g.badge6()), f" 上车:{t:%H:%M} ", D("place", g.pick(PLACES_ZH)),
            f" 下车:{(t + _dt.timedelta(minutes=g.r.randint(8, 50))):%H:%M} 里程:{g.r.randint(20, 400) / 10}km 金额:",
            D("amount", f"{g.r.randint(14, 160)}.00")]


def t_waimai(g):
    m = g.cn_mobile_digits()
    return [f"[外卖] #{g.r.randint(1, 99)}号单 订单号", D("order_id", g.num(19)), " 骑手", S("PERSON", g.zh_name()),
            "（", S("PHONE_NUMBER", g.cn_mobile()), f"）已取餐，预计{g.r.randint(10, 22)}:{g.r.randint(0, 59):02d}送达 收货人：",
            S("PERSON", g.zh_surname()), g.pick(["先生", "女士"]), " 隐私号 ", D("masked", m[:3] + "****" + m[7:]),
            f" 备注：{g.pick(['不要辣', '放门口', '到了打电话', '多放餐具'])}"]


def t_jiazheng(g):
    return ["【派单】订单", D("order_id", g.cn11()), f" 服务类型：{g.pick(['月嫂（26天）', '育儿嫂', '保洁4小时', '住家保姆'])} 阿姨：",
            S("PERSON", g.zh_name()), " 身份证：", S("CN_RESIDENT_ID", g.cn_id(1962, 1990, "F")),
            " 电话：", S("PHONE_NUMBER", g.cn_mobile()), " 客户：", S("PERSON", g.zh_surname()),
            f"女士 地址：{g.cn_addr()} 服务费：", D("amount", g.amount_cn())]


def t_wuye(g):
    t = g.dt()
    return ["报修单 ", D("ticket_id", f"BX{t:%Y%m%d}{g.dig(4)}"), " ", D("place", g.pick(COMMUNITIES)),
            f" {g.r.randint(1, 30)}栋", D("room_no", f"{g.r.randint(1, 33)}{g.r.randint(1, 6):02d}"),
            " 业主：", S("PERSON", g.zh_name()), " 电话：", S("PHONE_NUMBER", g.cn_mobile()),
            f" 问题：{g.pick(['卫生间下水管漏水', '入户门锁损坏', '空调外机噪音大', '楼道灯不亮'])} 派工：",
            S("PERSON", g.zh_surname()), f"师傅 状态：{g.pick(['已完成', '处理中', '待派工'])}"]


def t_yizhan(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S} [驿站入库] 运单号=", D("waybill", g.waybill()),
            f" 快递公司={g.pick(['顺丰', '中通', '圆通', '韵达', '京东', '极兔'])} 收件人=", S("PERSON", g.zh_name()),
            " 手机=", S("PHONE_NUMBER", g.cn_mobile()), " 取件码=", D("pickup_code", g.pickup()),
            " 入库员工号=", D("badge_no", "YZ" + g.dig(5))]


def t_bank_counter(g):
    t = g.dt()
    return [f"{t:%Y%m%d} {t:%H%M%S} 柜面交易 流水号 ", D("trace_id", g.luhn16()), " 柜员号 ",
            D("badge_no", g.pick(["A", "B", "K"]) + g.dig(5)),
            f" 交易 {g.pick(['现金存款', '现金取款', '跨行转账', '挂失补卡'])} 户名 ", S("PERSON", g.zh_name()),
            " 卡号 ", S("CREDIT_CARD", g.cn_bankcard()), " 证件号 ", S("CN_RESIDENT_ID", g.cn_id()),
            " 金额 ", D("amount", g.amount_cn())]


def t_claim_zh(g):
    t = g.dt()
    return ["理赔报案 报案号：", D("case_no", f"RC{g.pick(['A', 'H', 'P'])}{t:%Y%m%d}{g.dig(6)}"), " 被保险人：",
            S("PERSON", g.zh_name()), " 身份证：", S("CN_RESIDENT_ID", g.cn_id()),
            f" 出险经过：{t:%m月%d日}因{g.pick(['急性阑尾炎', '骨折', '肺炎'])}于", D("hospital", g.pick(HOSPITALS_ZH)),
            "住院治疗 领款人账户：", S("CREDIT_CARD", g.cn_bankcard()), " 查勘员：", S("PERSON", g.zh_name())]


def t_court(g):
    t = g.dt()
    addr = S("PHONE_NUMBER", g.cn_mobile()) if g.r.random() < 0.6 else S("EMAIL_ADDRESS", g.zh_email())
    return ["电子送达记录 案号：", D("case_no", g.court_case()), " 受送达人：", S("PERSON", g.zh_name()),
            " 送达地址：", addr, f" 送达文书：{g.pick(['起诉状副本、应诉通知书、举证通知书', '民事判决书', '传票', '执行通知书'])}"
                              f" 送达时间：{t:%Y-%m-%d %H:%M} 送达人：", S("PERSON", g.zh_name()),
            f" 状态：{g.pick(['已签收', '已阅读', '送达成功'])}"]


def t_lawfirm(g):
    t = g.dt()
    return ["案件登记 | 案件编号 ", D("case_no", f"{t:%Y}{g.pick(['MS', 'XS', 'FY'])}{g.dig(4)}"), " | 委托人 ",
            S("PERSON", g.zh_name()), " | 联系方式 ", S("PHONE_NUMBER", g.cn_phone()), " | 对方当事人 ",
            D("company", g.pick(COMPANIES_ZH) + "（集团）有限公司"),
            f" | 案由 {g.pick(['买卖合同纠纷', '劳动争议', '商标侵权', '房屋租赁合同纠纷'])} | 承办律师 ",
            S("PERSON", g.zh_name()), " | 执业证号 ", D("badge_no", "1" + g.dig(16))]


def t_chat_order(g):
    full, sur = g.zh_person()
    return ["[客户] 你好，我叫", S("PERSON", full), "，手机", S("PHONE_NUMBER", g.cn_mobile()),
            f"，{g.pick(['前天买的东西还没发货', '收到的商品有破损', '想申请退款'])} [客服] 好的",
            S("PERSON", sur), g.pick(["女士", "先生"]), "，麻烦提供一下订单号 [客户] ", D("order_id", g.cn11()),
            " [客服] 已为您登记加急处理，工号", D("badge_no", g.dig(5)), "为您服务，祝您生活愉快"]


def t_chat_card(g):
    full, sur = g.zh_person()
    return ["[用户] 我的信用卡被盗刷了，卡号", S("CREDIT_CARD", g.card(g.pick(["unionpay", "visa", "mc"]))),
            " [客服] 您好，请勿在对话中发送完整卡号。请问持卡人姓名？ [用户] ", S("PERSON", full),
            " [客服] ", S("PERSON", sur), g.pick(["女士", "先生"]),
            "，已为您临时冻结该卡，后续请拨打客服热线", D("hotline", g.pick(["95555", "95588", "95533", "95566", "400-820-8888"])),
            "办理挂失补卡"]


def t_chat_invoice(g):
    c, _ = g.pick(CN_CITIES)
    return [f"[买家] 发票抬头：{c[:2]}{g.pick(['启航', '恒丰', '嘉禾', '瑞祥'])}贸易有限公司 税号 ", D("org_code", g.org_code()),
            " 开好发我邮箱 ", S("EMAIL_ADDRESS", g.zh_email()), " [客服] 好的亲，订单", D("order_id", g.num(19)),
            "的电子发票24小时内发送，请", S("PERSON", g.zh_surname()), "总注意查收哦"]


def t_tw_nhi(g):
    t = g.dt()
    return [f"{t.year - 1911}/{t:%m/%d %H:%M} 健保IC卡讀卡成功 卡號:", D("record_no", f"0000{g.dig(8)}"),
            " 姓名:", S("PERSON", g.tw_name()), " 就醫序號:", D("seq_no", f"{g.r.randint(1, 99):04d}"),
            f" 科別:{g.pick(['家醫科', '小兒科', '耳鼻喉科', '骨科'])} 醫師:", S("PERSON", g.tw_name()),
            " 病歷號:", D("record_no", g.num(8)), " 聯絡電話:", S("PHONE_NUMBER", g.tw_phone())]


def t_tw_post(g):
    t = g.dt()
    return [f"中華郵政 {t.year - 1911}/{t:%m/%d} 掛號郵件 ", D("waybill", f"RR{g.num(9)}TW"), " 收件人:",
            S("PERSON", g.tw_name()), " 電話:", S("PHONE_NUMBER", g.tw_phone()), " 投遞單位:臺北",
            D("place", g.pick(["中山", "大安", "信義", "中正", "逸仙"])), "郵局 狀態:",
            g.pick(["招領中，請於7日內領取", "已投遞", "投遞不成功，已通知招領"])]


def t_tw_cs(g):
    full = g.tw_name()
    return ["[客服紀錄] 來電號碼：", S("PHONE_NUMBER", g.tw_phone()), " 客戶：", S("PERSON", surname_of(full)),
            g.pick(["小姐", "先生"]), f" 反映：{g.pick(['信用卡帳單有不明扣款', '網銀無法登入', '轉帳未入帳'])} 卡號末四碼 ",
            D("masked", "****-****-****-" + g.dig(4)), " 處理人員：", S("PERSON", g.tw_name()),
            " 工號：", D("badge_no", g.num(6)), " 已轉風控處理"]


def t_lvye(g):
    t = g.dt()
    if g.r.random() < 0.7:
        doc = ["证件类型=居民身份证 证件号码=", S("CN_RESIDENT_ID", g.cn_id(1945, 2006))]
    else:
        doc = ["证件类型=普通护照 证件号码=", S("PASSPORT", g.passport_cn())]
    return [f"{t:%Y-%m-%d %H:%M:%S} [旅业治安] 上传成功 旅客=", S("PERSON", g.zh_name()), " "] + doc + \
           [" 房号=", D("room_no", f"{g.r.randint(2, 28)}{g.r.randint(1, 40):02d}"), f" 入住={t:%Y-%m-%d %H:%M} 同住人=",
            S("PERSON", g.zh_name()), " 旅馆代码=", D("org_code", g.org_code())]


def t_nginx_zh(g):
    t = g.dt()
    return [S("IP_ADDRESS", g.client_ip()), f' - - [{t:%d/%b/%Y:%H:%M:%S} +0800] "GET /zwfw/api/user/info?_={g.ts13()[:10]} HTTP/1.1" ',
            D("status_size", g.status_size()),
            ' "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) MicroMessenger/8.0.47" cookie="JSESSIONID=',
            S("CREDENTIAL", g.session_id()), '" upstream=', D("server_ip", g.server_ip()), ":8080"]


def t_sms_cred(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S}.{g.ms()} WARN [sms-gateway] 登录短信平台失败，account=",
            D("system_account", g.pick(["svc-sms", "admin", "system", "svc-notify", "deploy"])),
            " password=", S("CREDENTIAL", g.password()), " host=", D("server_ip", g.server_ip()),
            f" errCode={g.pick(['4001', '4003', '1021'])} retry={g.r.randint(1, 5)}"]


def t_visitor(g):
    t = g.dt()
    return [f"访客登记 {t:%Y-%m-%d %H:%M} 访客：", S("PERSON", g.zh_name()), " 手机：", S("PHONE_NUMBER", g.cn_mobile()),
            " 车牌：", S("LICENSE_PLATE", g.plate()), " 被访：",
            D("room_no", f"{g.r.randint(1, 20)}-{g.r.randint(1, 4)}-{g.r.randint(1, 30)}0{g.r.randint(1, 4)}"),
            " 业主", S("PERSON", g.zh_surname()), g.pick(["先生", "女士"]),
            f" 事由：{g.pick(['送货', '装修', '探亲', '家政服务'])}"]


def t_parking(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S} [停车场] 出场 车牌=", S("LICENSE_PLATE", g.plate()),
            f" 通道={g.pick(['东门出口1', '西门出口2', 'B2出口'])} 车辆类型=月租车 车主=", S("PERSON", g.zh_name()),
            " 手机=", S("PHONE_NUMBER", g.cn_mobile()), f" 停车时长={g.r.randint(0, 23)}小时{g.r.randint(0, 59)}分 应收=",
            D("amount", f"{g.r.randint(0, 80)}.00"), " 订单号=", D("order_id", g.luhn16())]


def t_library(g):
    t = g.dt()
    book, author = g.pick(BOOKS)
    return [f"{t:%Y-%m-%d %H:%M} 借阅 读者证号 ", D("user_id", g.num(10)), " 读者 ", S("PERSON", g.zh_name()),
            f" 借阅《{book}》（作者：", D("public_figure", author), "） 馆藏地 ",
            D("school", g.pick(["邵逸夫图书馆", "逸夫楼", "中山图书馆"])),
            f" 应还日期 {(t + _dt.timedelta(days=30)):%Y-%m-%d}"]


def t_inspect(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S} [巡检] ", D("hospital", g.pick(HOSPITALS_ZH)), " HIS应用服务器 ",
            D("server_ip", g.server_ip()), f" CPU {g.r.randint(5, 95)}% 内存 {g.r.randint(20, 95)}% 磁盘 {g.r.randint(10, 90)}% 版本 ",
            D("version", g.version()), f" 状态 {g.pick(['正常', '正常', '告警'])}"]


def t_emr_audit(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S} AUDIT emr-access user=", S("PERSON", g.py_login()),
            f" role={g.pick(['医生', '护士', '药师'])} 工号=", D("badge_no", g.num(5)), " patient=",
            S("PERSON", g.zh_name()), " 住院号=", D("record_no", g.num(8)),
            f" action={g.pick(['VIEW', 'PRINT', 'EXPORT'])} terminal=",
            S("IP_ADDRESS", g.lan_ip() if g.r.random() < 0.6 else g.client_ip())]


# ---- English ----------------------------------------------------------------


def t_hl7_adt(g):
    t = g.dt()
    f, l = g.en_fl("en_US")
    fac = g.pick(["MGH", "JHH", "CSMC", "MTSINAI", "UCSF"])
    return [f"MSH|^~\\&|ADT1|{fac}|HIS|{fac}|{t:%Y%m%d%H%M%S}||ADT^A01|MSG{g.dig(8)}|P|", D("version", "2.5.1"),
            "<CR>PID|1||", D("record_no", g.dig(9)), f"^^^{fac}^MR||", S("PERSON", f"{l.upper()}^{f.upper()}"),
            f"^{g.pick(string.ascii_uppercase)}||{g.r.randint(1940, 2015)}{g.r.randint(1, 12):02d}{g.r.randint(1, 28):02d}|"
            f"{g.pick('MF')}|||{g.en_addr()}^^Boston^MA^02115||", S("PHONE_NUMBER", g.intl_phone("US", "mobile")),
            "|||M|CHR|", D("account_no", g.num(10)), "|", S("US_SSN", g.ssn("dash"))]


def t_ehr_audit(g):
    t = g.dt()
    f, l = g.en_fl("en_US")
    return [f"{t:%Y-%m-%dT%H:%M:%SZ},ACCESS,user=", S("PERSON", g.en_login()),
            f",role={g.pick(['RN', 'MD', 'PA', 'MA', 'REG'])},action={g.pick(['CHART_VIEW', 'NOTE_EDIT', 'PRINT_AVS'])},patient=\"",
            S("PERSON", f"{l.upper()}, {f.upper()}"), "\",mrn=", D("record_no", g.dig(8)), ",dept=",
            D("department", g.pick(DEPTS_EN)), ",ws=", S("IP_ADDRESS", g.lan_ip()), f",break_glass={g.pick(['N', 'N', 'Y'])}"]


def t_pharmacy(g):
    t = g.dt()
    f, l = g.en_fl("en_US")
    return [f"{t:%m/%d/%Y %H:%M} RX-REFILL store#", D("store_no", g.dig(5)), " Rx ", D("rx_no", g.num(7)),
            " pt ", S("PERSON", f"{l.upper()}, {f.upper()}"),
            f" DOB {g.r.randint(1, 12):02d}/{g.r.randint(1, 28):02d}/{g.r.randint(1940, 2005)} drug ", D("drug", g.pick(DRUGS_EN)),
            " qty 90 prescriber Dr. ", S("PERSON", g.en_fl("en_US")[1]), " status=READY notify SMS ",
            S("PHONE_NUMBER", g.intl_phone("US", "mobile"))]


def t_cad(g):
    t = g.dt()
    return [f"CAD ", D("case_no", f"{t:%y}-{g.dig(6)}"), f" {t:%m/%d/%y %H:%M:%S} P{g.r.randint(1, 3)} "
            f"{g.pick(['CHEST PAIN', 'FALL', 'DOMESTIC DISTURBANCE', 'MVA W/ INJ'])} | CALLER: ",
            S("PERSON", g.en_name("en_US").upper()), " | CB# ", S("PHONE_NUMBER", g.us_phone()),
            f" | LOC: {g.r.randint(1, 99)}00 BLK ", D("place", g.pick(STREETS_EN)),
            f" | UNITS: M{g.r.randint(1, 40)}, E{g.r.randint(1, 40)} | NARR: {g.r.randint(20, 90)} YO"
            f"{g.pick('MF')}, CONSCIOUS/BREATHING, RP IS NEIGHBOR {g.pick(['MRS.', 'MR.'])} ",
            S("PERSON", g.en_fl("en_US")[1].upper()), " | DISP: ", S("PERSON", g.en_login())]


def t_police(g):
    t = g.dt()
    return ["INCIDENT REPORT ", D("case_no", f"{t:%Y}-{g.dig(8)}"), " | RO: Ofc. ", S("PERSON", g.en_fl("en_US")[1]),
            " #", D("badge_no", g.num(4)), f" | Offense: {g.pick(['23-Larceny', '13B-Simple Assault', '290-Vandalism', '240-MV Theft'])}"
            " | Victim: ", S("PERSON", g.en_name("en_US")), " tel ", S("PHONE_NUMBER", g.us_phone()),
            f" | Susp veh: {g.pick(['2016 Honda Civic', '2019 Ford F-150', '2012 Toyota Camry'])} plate ",
            S("LICENSE_PLATE", g.us_plate()), f" ({g.pick(US_STATES)})"]


def t_sis_csv(g):
    f, l = g.en_fl("en_US")
    return [D("user_id", g.num(7)), ",", S("PERSON", l), ",", S("PERSON", f),
            f",{g.r.randint(1, 12):02d},{g.r.randint(2008, 2018)}-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d},",
            D("school", g.pick(SCHOOLS_EN)), ",", S("PHONE_NUMBER", g.us_phone()), ",",
            S("EMAIL_ADDRESS", g.en_email()), f",{g.pick(['Active', 'Active', 'Withdrawn'])}"]


def t_apis(g):
    t = g.dt()
    f, l = g.en_fl()
    cc = g.pick(["USA", "GBR", "AUS", "IND", "DEU", "CAN"])
    nm = f"{ascii_fold(l).upper()}/{ascii_fold(f).upper()}"
    return [f"{t:%d%b%y %H%M}".upper(), " DCS CKIN ", D("flight_no", g.flight(True)),
            f" {g.pick(AIRPORTS)}-{g.pick(AIRPORTS)} PAX ", S("PERSON", nm), f" {g.pick(['MR', 'MRS', 'MS'])} SEQ {g.r.randint(1, 300):03d} SEAT ",
            D("seat", g.seat_en()), f" SSR DOCS HK1 P/{cc}/", S("PASSPORT", g.passport(cc)),
            f"/{cc}/{g.r.randint(1, 28):02d}{g.pick(['JAN', 'MAR', 'JUN', 'SEP', 'NOV'])}{g.r.randint(50, 99)}/{g.pick('MF')}/"
            f"{g.r.randint(1, 28):02d}{g.pick(['FEB', 'APR', 'AUG', 'DEC'])}{g.r.randint(26, 34)}/", S("PERSON", nm)]


def t_bcbp(g):
    t = g.dt()
    f, l = g.en_fl()
    nm = f"{ascii_fold(l).upper()}/{ascii_fold(f).upper()}"[:20]
    fl = g.flight(True)
    return [f"{t:%Y-%m-%d %H:%M:%S} gate {g.pick('ABCDE')}{g.r.randint(1, 40)} scan OK data=M1", S("PERSON", nm),
            " " * (20 - len(nm)) + "E", D("order_id", g.letters(6, PLATE_LET + "23456789")),
            f" {g.pick(AIRPORTS)}{g.pick(AIRPORTS)}", D("flight_no", f"{fl[:2]} {int(fl[2:]):04d}"),
            f" {t.timetuple().tm_yday:03d}Y", D("seat", f"{g.r.randint(1, 60):03d}{g.pick('ABCDEFHJK')}"),
            f"{g.r.randint(1, 300):04d} 100"]


def t_night_audit(g):
    t = g.dt()
    return [f"NIGHT AUDIT {t:%m/%d/%Y} | Rm ", D("room_no", str(g.r.randint(101, 2899))),
            " | Guest: ", S("PERSON", g.en_name()), " | Folio ", D("order_id", g.num(7)),
            f" | Rate {g.r.randint(89, 459)}.00 | Guarantee: {g.pick(['VISA', 'MC', 'AMEX'])} ", S("CREDIT_CARD", g.card(g.pick(['visa', 'mc', 'amex']))),
            f" exp {g.r.randint(1, 12):02d}/{g.r.randint(26, 31)} | Email ", S("EMAIL_ADDRESS", g.en_email())]


def t_car_rental(g):
    t = g.dt()
    return ["RA ", D("order_id", g.num(9)), f" OUT {t:%m/%d/%Y %H:%M} {g.pick(['LAX', 'SFO', 'JFK', 'ORD', 'MCO'])} | renter ",
            S("PERSON", g.en_name("en_US")), " | mob ", S("PHONE_NUMBER", g.us_phone()),
            f" | veh {g.pick(['2023 Toyota Camry', '2024 Nissan Altima', '2022 Jeep Wrangler'])} plate ",
            S("LICENSE_PLATE", g.us_plate()), " | CC on file ", D("masked", "XXXX-XXXX-XXXX-" + g.dig(4)),
            f" | miles out {g.r.randint(1000, 60000)}"]


def t_dmv(g):
    f, l = g.en_fl("en_US")
    return ["DMV|REC|DL ", D("masked", g.pick("ABCDFGS") + "*****" + g.dig(3)), "|", S("PERSON", l.upper()), "|",
            S("PERSON", f.upper()), f"|DOB {g.r.randint(1945, 2006)}-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}|"
            f"{g.en_addr().upper()}|CLASS C|REG PLATE ", S("LICENSE_PLATE", g.us_plate()), "|VIN ",
            D("vin", "".join(g.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))),
            f"|STATUS {g.pick(['VALID', 'SUSPENDED', 'EXPIRED'])}"]


def t_claim_en(g):
    t = g.dt()
    return [f"{t:%m/%d/%Y} CLAIM NOTE ", D("case_no", f"CLM-{t:%Y}-{g.dig(7)}"), ": Spoke w/ insured ",
            S("PERSON", g.en_name()), " at ", S("PHONE_NUMBER", g.en_phone()),
            " re: rear-end collision on ", D("place", g.pick(STREETS_EN)), ". SSN verified (",
            D("masked", "***-**-" + g.dig(4)), f"). Est. damage ${g.r.randint(800, 9000)}. Adjuster: ",
            S("PERSON", g.en_name())]


def t_efiling(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S} EFILING envelope=", D("ticket_id", g.num(8)), " case=",
            D("case_no", f"{g.r.randint(1, 5)}:{t:%y}-{g.pick(['cv', 'cr', 'bk'])}-{g.dig(5)}"),
            " filer=", S("PERSON", g.en_name("en_US")), " <", S("EMAIL_ADDRESS", g.en_email(domain=g.pick(["lawgroup.com", "smithllp.com", "gmail.com", "counsel.net"]))),
            f"> doc=\"{g.pick(['Motion to Dismiss', 'Answer to Complaint', 'Notice of Appearance'])}\" served=",
            S("PERSON", g.en_name("en_US")), f" status={g.pick(['ACCEPTED', 'SUBMITTED', 'REJECTED'])}"]


def t_zendesk(g):
    t = g.dt()
    af, al = g.en_fl()
    cf, cl = g.en_fl()
    t1 = t + _dt.timedelta(seconds=g.r.randint(5, 60))
    t2 = t1 + _dt.timedelta(seconds=g.r.randint(5, 40))
    return [f"({t:%I:%M:%S %p}) Visitor ", D("user_id", g.num(6)), ": hi, i can't log in. my email is ",
            S("EMAIL_ADDRESS", g.en_email(cf, cl) if g.r.random() < 0.6 else g.en_email()),
            f" ({t1:%I:%M:%S %p}) *** ", S("PERSON", f"{af} {al}"),
            f" joined the chat *** ({t2:%I:%M:%S %p}) ", S("PERSON", af), f": Thanks {g.pick(['Ms.', 'Mr.', 'Mrs.'])} ",
            S("PERSON", cl), ", I've sent a password reset link."]


def t_intercom(g):
    f, l = g.en_fl()
    return ['{"type":"conversation_part","id":"', D("ticket_id", g.num(11)), '","author":{"type":"user","name":"',
            S("PERSON", f"{f} {l}"), '","email":"', S("EMAIL_ADDRESS", g.en_email(f, l) if g.r.random() < 0.7 else g.en_email()),
            '"},"body":"<p>Hi, I was charged twice on card ', S("CREDIT_CARD", g.card(g.pick(["visa", "mc", "amex"]))),
            ' - can you refund one?</p>","created_at":', D("timestamp_digits", g.ts10()), "}"]


def t_crm_csv(g):
    f, l = g.en_fl()
    return [D("record_id", "0035g" + "".join(g.r.choice(ALNUM) for _ in range(10))), ",", S("PERSON", f), ",",
            S("PERSON", l), ",", S("EMAIL_ADDRESS", g.en_email(f, l) if g.r.random() < 0.7 else g.en_email()), ",", S("PHONE_NUMBER", g.en_phone()), ",\"",
            D("company", g.pick(COMPANIES_EN)), f"\",{g.pick(['Lead', 'Contact', 'Prospect'])},{g.pick(['Web', 'Trade Show', 'Referral'])}"]


def t_payroll(g):
    f, l = g.en_fl("en_US")
    return ["EMP", D("badge_no", g.dig(5)), ",", S("PERSON", l), ",", S("PERSON", f), ",", S("US_SSN", g.ssn()),
            f",W2,{g.pick(['Biweekly', 'Semimonthly', 'Weekly'])},", D("amount", f"{g.r.randint(900, 9000)}.{g.dig(2)}"),
            ",DD,021000021,", D("masked", "*****" + g.dig(4))]


def t_hr_iban(g):
    cc = g.pick(list(IBAN_SPEC))
    fk = g.fk[EU_LOCALE[cc]]
    f, l = fk.first_name(), fk.last_name()
    return ["PERS-", D("badge_no", g.dig(5)), ";", S("PERSON", l), ";", S("PERSON", f), ";", S("IBAN_CODE", g.iban(cc)),
            f";{BIC[cc]};", D("amount", f"{g.r.randint(1800, 7000)},{g.dig(2)} EUR"), ";",
            S("EMAIL_ADDRESS", f"{ascii_fold(f).lower()}.{ascii_fold(l).lower()}@{HR_DOMAIN.get(cc, 'example-group.eu')}")]


def t_uk_pas(g):
    t = g.dt()
    return [f"{t:%d/%m/%Y %H:%M} PAS ADMIT ward=", D("place", g.pick(["Nightingale Ward", "Victoria Ward", "Churchill Ward", "Seacole Ward"])),
            " site=", D("hospital", g.pick(HOSPITALS_EN[4:7])), " pt=", S("PERSON", g.en_name("en_GB")),
            " hospno=", D("record_no", g.pick(["RJ1", "RGT", "R1H"]) + g.dig(7)), " NOK=", S("PERSON", g.en_name("en_GB")),
            f" ({g.pick(['wife', 'husband', 'daughter', 'son'])}) tel ", S("PHONE_NUMBER", g.intl_phone("GB", g.pick(["mobile", "fixed"])))]


def t_au_ed(g):
    t = g.dt()
    return [f"{t:%d/%m/%Y %H:%M} ED TRIAGE ATS {g.r.randint(2, 5)} | ", D("hospital", g.pick(HOSPITALS_EN[7:])),
            " | MRN ", D("record_no", g.num(7)), " | pt ", S("PERSON", g.en_name("en_AU")), ", mob ",
            S("PHONE_NUMBER", g.intl_phone("AU", "mobile")), " | GP: Dr ", S("PERSON", g.en_fl("en_AU")[1]),
            f" | c/o {g.pick(['abdo pain 2/7', 'SOB', 'fall, ?#NOF', 'chest pain'])}"]


def t_in_opd(g):
    t = g.dt()
    return [f"OPD REG {t:%d-%m-%Y} UHID ", D("record_no", "UH" + g.num(9)), " | ", S("PERSON", g.en_name("en_IN")),
            " | Mob: ", S("PHONE_NUMBER", g.intl_phone("IN", "mobile")), " | Email: ",
            S("EMAIL_ADDRESS", g.en_email(*g.en_fl("en_IN"), domain=g.pick(["gmail.com", "rediffmail.com", "yahoo.co.in"]))),
            " | Consultant: Dr. ", S("PERSON", g.en_name("en_IN")), " (", D("department", g.pick(DEPTS_EN[:7])), ")"]


def t_portal_bearer(g):
    t = g.dt()
    return [S("IP_ADDRESS", g.client_ip(False, v6=0.3)),
            f' - - [{t:%d/%b/%Y:%H:%M:%S} -0400] "GET /api/v2/patients/me/{g.pick(["appointments", "messages", "results"])} HTTP/2.0" ',
            D("status_size", g.status_size()), ' "-" "okhttp/4.9.3" auth="Bearer ', S("CREDENTIAL", g.jwt()),
            f'" rt=0.0{g.r.randint(10, 99)} upstream=', D("server_ip", g.server_ip())]


def t_sshd(g):
    t = g.dt()
    head = f"{t:%b} {t.day:2d} {t:%H:%M:%S} bastion{g.r.randint(1, 3):02d} sshd[{g.r.randint(1000, 65000)}]: "
    if g.r.random() < 0.6:
        return [head + f"Accepted {g.pick(['publickey', 'password'])} for ", S("PERSON", g.en_login()), " from ",
                S("IP_ADDRESS", g.client_ip(False, v6=0.2)), f" port {g.r.randint(1024, 65535)} ssh2"]
    return [head + "Failed password for ", D("system_account", g.pick(["root", "admin", "deploy", "svc-backup"])),
            " from ", S("IP_ADDRESS", g.client_ip(g.r.random() < 0.5, v6=0.1)), f" port {g.r.randint(1024, 65535)} ssh2"]


def t_cti(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S} CTI CALL_ANSWERED callid=", D("uuid", g.uuid()), " ANI=",
            S("PHONE_NUMBER", g.intl_phone("US", "mobile", "e164")), " DNIS=",
            D("hotline", g.pick(["1-800-", "1-888-", "1-877-"]) + f"{g.num(3)}-{g.dig(4)}"),
            " agent=", S("PERSON", g.en_login()), f" queue={g.pick(['Billing', 'Claims', 'Pharmacy', 'Scheduling'])} crm_match=\"",
            S("PERSON", g.en_name("en_US")), '"']


def t_case_comment(g):
    return ["Case ", D("case_no", "0" + g.dig(7)), " comment by ", S("PERSON", g.en_name()), ": Customer ",
            S("PERSON", g.en_name()), " called from ", S("PHONE_NUMBER", g.en_phone()),
            " requesting address change; verified identity via last 4 of SSN (", D("masked", "XXX-XX-" + g.dig(4)), ")."]


def t_pms_json(g):
    cc, loc = g.pick([("DE", "de_DE"), ("FR", "fr_FR"), ("GB", "en_GB"), ("IN", "en_IN"), ("AU", "en_AU"), ("US", "en_US")])
    fk = g.fk[loc]
    f, l = fk.first_name(), fk.last_name()
    t = g.dt()
    return ['{"resId":"', D("order_id", g.num(9)), '","guest":{"firstName":"', S("PERSON", f), '","lastName":"',
            S("PERSON", l), f'","nationality":"{cc}","passportNo":"', S("PASSPORT", g.passport(cc)),
            '","email":"', S("EMAIL_ADDRESS", g.en_email(f, l)), '"},"room":"', D("room_no", str(g.r.randint(101, 2899))),
            f'","arrival":"{t:%Y-%m-%d}","nights":{g.r.randint(1, 9)}}}']


def t_work_order(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M} FACILITIES WO#", D("ticket_id", g.num(7)), " bldg ", D("school", g.pick(SCHOOLS_EN)),
            f" HVAC RTU-{g.r.randint(1, 9)} fault E{g.r.randint(10, 99)}, auto-assigned via svc-cmms, BMS host ",
            D("server_ip", g.server_ip()), f" priority={g.pick(['P2', 'P3', 'P4'])}"]


def t_citation(g):
    t = g.dt()
    return ["CITATION ", D("ticket_id", g.pick("ABCDEFGHJK") + g.dig(8)), f" {t:%m/%d/%Y %H:%M} officer ",
            D("badge_no", g.num(4)), " plate ", S("LICENSE_PLATE", g.us_plate()),
            f" {g.pick(US_STATES)} viol {g.pick(['22500(e)', '22502(a)', '5.26.030', '4-1105'])} fine ",
            D("amount", g.amount_en()), " reg owner ", S("PERSON", g.en_name("en_US").upper()), " notice mailed"]


def t_postfix(g):
    t = g.dt()
    return [f"{t:%b} {t.day:2d} {t:%H:%M:%S} mail01 postfix/smtp[{g.r.randint(1000, 60000)}]: {g.hexs(10, True)}: to=<",
            S("EMAIL_ADDRESS", g.en_email()), ">, relay=mx.example-mail.net[", D("server_ip", g.server_ip()),
            f"]:25, delay=1.{g.r.randint(0, 9)}, status=sent (250 2.0.0 OK) subject=\"Reminder: your appointment with Dr. ",
            S("PERSON", g.en_fl()[1]), f" on {t.month}/{t.day}\" from=<",
            D("role_mailbox", g.pick(["noreply@", "appointments@", "no-reply@"]) + g.pick(["northwindhealth.org", "mychart-clinic.com"])), ">"]


def t_oru(g):
    t = g.dt()
    f, l = g.en_fl("en_US")
    df, dl = g.en_fl("en_US")
    return [f"ORU^R01 {t:%Y%m%d%H%M} PID|1||", D("record_no", g.dig(8)), "||", S("PERSON", f"{l.upper()}^{f.upper()}"),
            f"||{g.r.randint(1940, 2015)}0{g.r.randint(1, 9)}{g.r.randint(10, 28)}|{g.pick('MF')} OBR|1|",
            D("order_id", f"{t:%y}{g.pick(['H', 'C', 'M'])}{g.dig(7)}"),
            f"||{g.pick(['CBC^COMPLETE BLOOD COUNT', 'BMP^BASIC METABOLIC PANEL', 'A1C^HEMOGLOBIN A1C'])}|||{t:%Y%m%d%H%M}|||||||||",
            D("npi", "1" + g.dig(9)), "^", S("PERSON", f"{dl.upper()}^{df.upper()}"), "^^^^MD"]


def t_robocall(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S} SchoolMessenger job=", D("ticket_id", g.num(8)), " type=ABSENCE school=\"",
            D("school", g.pick(SCHOOLS_EN[:6])), "\" student=\"", S("PERSON", g.en_name("en_US")), "\" guardian=\"",
            S("PERSON", g.en_name("en_US")), "\" dialed=", S("PHONE_NUMBER", g.us_phone()),
            f" result={g.pick(['ANSWERED_LIVE', 'ANSWERED_MACHINE', 'BUSY', 'NO_ANSWER'])}"]


def t_epcr(g):
    t = g.dt()
    f, l = g.en_fl()
    return ["ePCR ", D("case_no", f"{t:%Y%m%d}-{g.dig(4)}"), f" Unit M{g.r.randint(1, 60)} | Pt: ", S("PERSON", f"{l}, {f}"),
            f" | {g.r.randint(18, 95)} {g.pick('MF')} | CC: {g.pick(['SOB', 'chest pain', 'syncope', 'fall'])} | Hx: CHF, DM2 | Meds: ",
            D("drug", g.pick(DRUGS_EN).lower()), " | Transport to ", D("hospital", g.pick(HOSPITALS_EN)), " | Crew: ",
            S("PERSON", g.en_name()), ", ", S("PERSON", g.en_name())]


def t_uk_repair(g):
    t = g.dt()
    return [f"{t:%d/%m/%Y} Repairs job ", D("ticket_id", "R" + g.num(7)), f" | Tenant: {g.pick(['Mrs', 'Mr', 'Ms', 'Miss'])} ",
            S("PERSON", g.en_fl("en_GB")[1]), " | ", S("PHONE_NUMBER", g.intl_phone("GB", g.pick(["mobile", "fixed"]))),
            " | email ", S("EMAIL_ADDRESS", g.en_email(*g.en_fl("en_GB"))),
            f" | Issue: {g.pick(['damp/mould in bedroom', 'boiler no heating', 'leaking kitchen tap'])} | Contractor: ",
            D("company", g.pick(COMPANIES_EN)), " Facilities"]


def t_sepa(g):
    t = g.dt()
    cc = g.pick(list(IBAN_SPEC))
    fk = g.fk[EU_LOCALE[cc]]
    return [f"{t:%Y-%m-%dT%H:%M:%S} SEPA-CT msgId=", D("trace_id", g.hexs(24, True)), " dbtr=\"",
            S("PERSON", fk.first_name() + " " + fk.last_name()), "\" dbtrAcct=", S("IBAN_CODE", g.iban(cc, False)),
            " cdtr=\"", D("company", g.pick(COMPANIES_EN)), "\" cdtrAcct=", S("IBAN_CODE", g.iban(None, False)),
            f" amt={g.r.randint(10, 9000)}.{g.dig(2)} EUR status=ACSC"]


def t_loyalty(g):
    t = g.dt()
    return [f"{t:%Y-%m-%d %H:%M:%S} INFO loyalty-svc login ok member=", D("user_id", g.num(9)),
            " email=", S("EMAIL_ADDRESS", g.en_email(enc=g.r.random() < 0.3)), " ip=", S("IP_ADDRESS", g.client_ip(False, v6=0.35)),
            " session=", S("CREDENTIAL", g.session_id()), f" tier={g.pick(['SILVER', 'GOLD', 'PLATINUM'])}"]


def t_payment_debug(g):
    f, l = g.en_fl()
    return ['DEBUG PaymentGatewayClient request: {"amount":', str(g.r.randint(100, 99999)),
            ',"currency":"usd","card":{"number":"', S("CREDIT_CARD", g.card(g.pick(["visa", "mc", "amex"]), "plain")),
            f'","exp_month":{g.r.randint(1, 12)},"exp_year":{g.r.randint(2026, 2031)},"cvc":"***"}},"billing_details":{{"name":"',
            S("PERSON", f"{f} {l}"), '","email":"', S("EMAIL_ADDRESS", g.en_email(f, l)), '"}} idempotency_key=',
            D("uuid", g.uuid()), " api_key=", S("CREDENTIAL", g.api_key())]


def t_test_patient(g):
    pf = g.pick(PUBLIC_EN)
    return ["TST ENV EHR-TRAIN: test patient \"", D("public_figure", pf), f"\" (ZZTEST) MRN ", D("record_no", "9" + g.dig(7)),
            " registered at ", D("hospital", g.pick(HOSPITALS_EN)), f" training domain; scenario {g.r.randint(1, 40)}"]


TEMPLATES = [
    t_patrol_log, t_patrol_report, t_110, t_hukou, t_floating_json, t_grid, t_his_reg, t_emr, t_lis,
    t_inpatient, t_rx, t_yibao, t_vaccine, t_120, t_xueji, t_jiaowu, t_yikatong, t_jiaxiao, t_exam_url,
    t_recruit, t_shebao, t_gjj, t_marriage, t_budongchan, t_zwfw, t_12345, t_12306_sms, t_12306_order,
    t_hotel_ota, t_flight_ota, t_scenic, t_ride_json, t_taxi, t_waimai, t_jiazheng, t_wuye, t_yizhan,
    t_bank_counter, t_claim_zh, t_court, t_lawfirm, t_chat_order, t_chat_card, t_chat_invoice, t_tw_nhi,
    t_tw_post, t_tw_cs, t_lvye, t_nginx_zh, t_sms_cred, t_visitor, t_parking, t_library, t_inspect,
    t_emr_audit,
    # English
    t_hl7_adt, t_ehr_audit, t_pharmacy, t_cad, t_police, t_sis_csv, t_apis, t_bcbp, t_night_audit,
    t_car_rental, t_dmv, t_claim_en, t_efiling, t_zendesk, t_intercom, t_crm_csv, t_payroll, t_hr_iban,
    t_uk_pas, t_au_ed, t_in_opd, t_portal_bearer, t_sshd, t_cti, t_case_comment, t_pms_json,
    t_work_order, t_citation, t_postfix, t_oru, t_robocall, t_epcr, t_uk_repair, t_sepa, t_loyalty,
    t_payment_debug, t_test_patient,
]
N_ZH = 55  # templates 0..54 are Chinese, 55.. are English


# --------------------------------------------------------------------------
# rendering, conflict check, generation
# --------------------------------------------------------------------------


def _render(tokens, clean, r):
    parts, spans, decoys = [], [], []
    pos = 0
    n_dec = sum(1 for t in tokens if isinstance(t, tuple) and t[0] == "D")
    for tok in tokens:
        if isinstance(tok, str):
            parts.append(tok)
            pos += len(tok)
            continue
        kind, a, v = tok
        if kind == "S" and clean:
            if n_dec < 3 and r.random() < 0.8:
                v = mask_value(a, v)
                decoys.append([pos, pos + len(v), "masked"])
                n_dec += 1
            else:
                v = "-"
        elif kind == "S":
            spans.append([pos, pos + len(v), a])
        else:
            decoys.append([pos, pos + len(v), a])
        parts.append(v)
        pos += len(v)
    return "".join(parts), spans, decoys


def _unlabelled_repeats(text, spans, decoys):
    """Planted values that also occur somewhere not covered by a span
    (PERSON values may additionally sit inside a decoy, e.g. 张 in 张小泉)."""
    bad = []
    for s, e, typ in spans:
        v = text[s:e]
        start = 0
        while True:
            p = text.find(v, start)
            if p < 0:
                break
            q = p + len(v)
            ok = any(s2 <= p and q <= e2 for s2, e2, _ in spans)
            if not ok and typ == "PERSON":
                ok = any(s2 <= p and q <= e2 for s2, e2, _ in decoys)
            if not ok:
                bad.append((v, p))
            start = p + 1
    return bad


def blind_log11(n: int, seed: int = 0) -> list:
    r = random.Random(seed)
    fk = {}
    for loc in LOCALES:
        f = Faker(loc)
        f.seed_instance(r.getrandbits(32))
        fk[loc] = f
    g = Gen(r, fk)
    order = list(range(len(TEMPLATES)))
    r.shuffle(order)
    out = []
    for i in range(n):
        tid = order[i % len(order)]
        clean = r.random() < 0.1
        for _attempt in range(200):
            text, spans, decoys = _render(TEMPLATES[tid](g), clean, r)
            if not _unlabelled_repeats(text, spans, decoys):
                break
        else:  # pragma: no cover
            raise RuntimeError(f"template {tid}: could not avoid repeated values")
        out.append({"text": text, "spans": spans, "decoys": decoys, "template": tid})
    return out


# --------------------------------------------------------------------------
# self-check
# --------------------------------------------------------------------------
_CN_PLATE = re.compile(r"[%s][A-HJ-NP-Z]·?(?:[A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]\d{4}|\d{5}[DF])" % PROV)
_US_PLATE = re.compile(r"[1-9][A-HJ-NP-Z]{3}\d{3}|[A-HJ-NP-Z]{3}-?\d{4}|[A-HJ-NP-Z]{2}\d{2} ?[A-HJ-NP-Z]{3}")
_PASSPORT = re.compile(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|C\d{8}|C[A-HJ-NP-Z]\d{7}|\d{9}|[A-Z]\d{8}|[A-Z]\d{7}"
                       r"|C[0-9CFGHJKLMNPRTVWXYZ]{8}|[A-Z]{2}\d{6,7}|\d{2}[A-Z]{2}\d{5}")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def _check_value(typ, v):
    d = _decode(v)
    if v != v.strip() or not v:
        return "whitespace at edge"
    if typ == "PERSON":
        if "@" in d or not re.search(r"[^\W\d_]", d):
            return "not a name"
        # digits only as the short suffix of a person-looking login (jsmith2)
        return None if (not re.search(r"\d", d) or re.fullmatch(r"[a-z._]+\d{1,2}", d)) else "digits in name"
    if typ == "EMAIL_ADDRESS":
        return None if _EMAIL.fullmatch(d) else "bad email"
    if typ == "PHONE_NUMBER":
        return None if phone_valid(d) else "invalid phone"
    if typ == "CREDIT_CARD":
        if not re.fullmatch(r"[\d -]+", v):
            return "card chars"
        c = re.sub(r"\D", "", v)
        return None if (15 <= len(c) <= 19 and luhn_ok(c)) else "card luhn/len"
    if typ == "IBAN_CODE":
        return None if iban_ok(v) else "iban mod97"
    if typ == "US_SSN":
        m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
        if not m:
            return "ssn format"
        a, gp, s = int(m.group(1)), int(m.group(3)), int(m.group(4))
        return None if (0 < a < 900 and a != 666 and gp > 0 and s > 0) else "ssn rules"
    if typ == "CN_RESIDENT_ID":
        if not re.fullmatch(r"\d{17}[\dX]", v) or gb11643(v[:17]) != v[17]:
            return "id check"
        try:
            b = _dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
        except ValueError:
            return "id birth"
        return None if 1940 <= b.year <= 2015 else "id birth year"
    if typ == "PASSPORT":
        return None if _PASSPORT.fullmatch(v) else "passport format"
    if typ == "LICENSE_PLATE":
        return None if (_CN_PLATE.fullmatch(v) or _US_PLATE.fullmatch(v)) else "plate format"
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return None
        except ValueError:
            return "bad ip"
    if typ == "CREDENTIAL":
        return None if (len(v) >= 6 and not re.search(r"\s", v)) else "credential"
    return "unknown type"


def validate(records) -> dict:
    errs = []
    types, kinds, per_tpl = Counter(), Counter(), Counter()
    clean = 0
    for i, rec in enumerate(records):
        text, spans, decoys = rec["text"], rec["spans"], rec["decoys"]
        per_tpl[rec["template"]] += 1
        if not isinstance(text, str) or "\n" in text:
            errs.append((i, "text"))
        if not 0 <= len(spans) <= 4:
            errs.append((i, f"{len(spans)} spans"))
        if not 0 <= len(decoys) <= 3:
            errs.append((i, f"{len(decoys)} decoys"))
        ivs = sorted([(s, e, "S", t) for s, e, t in spans] + [(s, e, "D", k) for s, e, k in decoys])
        for a, b in zip(ivs, ivs[1:]):
            if b[0] < a[1]:
                errs.append((i, f"overlap {a} {b}"))
        for s, e, t in spans:
            if not (0 <= s < e <= len(text)) or t not in TYPES:
                errs.append((i, f"span {s},{e},{t}"))
                continue
            why = _check_value(t, text[s:e])
            if why:
                errs.append((i, f"{t} {text[s:e]!r}: {why}"))
            types[t] += 1
        for s, e, k in decoys:
            if not (0 <= s < e <= len(text)) or not isinstance(k, str):
                errs.append((i, f"decoy {s},{e},{k}"))
            kinds[k] += 1
        for v, p in _unlabelled_repeats(text, spans, decoys):
            errs.append((i, f"unlabelled repeat {v!r}@{p}"))
        if not spans and any(k == "masked" for _, _, k in decoys):
            clean += 1
    if errs:
        raise AssertionError(f"{len(errs)} problems, first: {errs[:10]}")
    return {"types": types, "kinds": kinds, "templates": per_tpl, "clean_like": clean,
            "records": len(records)}


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    recs = blind_log11(n, seed=0)
    again = blind_log11(50, seed=0)
    assert again == recs[:50], "not deterministic"
    res = validate(recs)
    zh = sum(1 for r in recs if r["template"] < N_ZH)
    print(f"records={res['records']} templates={len(TEMPLATES)} (zh {N_ZH}, en {len(TEMPLATES) - N_ZH}) "
          f"zh-lines={zh} records-without-spans-but-masked={res['clean_like']}")
    print("TYPE counts:")
    for k, v in sorted(res["types"].items(), key=lambda x: -x[1]):
        print(f"  {k:16s} {v}")
    print("decoy KIND counts:")
    for k, v in sorted(res["kinds"].items(), key=lambda x: -x[1]):
        print(f"  {k:16s} {v}")
    print("validate: OK")
