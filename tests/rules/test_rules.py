"""The rule engine (curate/rules.py), the shipped packs and the `rules` stage.

Every rule of the default pack has positive and negative examples in English and Chinese; the packs
run on the real Alpaca samples in tests/test_audit.py.
"""
from __future__ import annotations

import json

import polars as pl
import pytest

from curate.rules import Hit, RuleError, fenced_blocks, keyword_pattern, load_rules, shipped_packs
from curate.schema import get_code
from curate.stages.rules import Rules


@pytest.fixture(scope="module")
def default():
    return load_rules(["default"])


def hits(rs, instruction="Do the task.", input="", output="Done.", lang="en", system=""):
    rec = {"instruction": instruction, "input": input, "output": output, "system": system}
    return {h.rule_id: h for h in rs.check_record(rec, lang=lang)}


def write_yaml(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


# ------------------------------------------------------------------------------ the API
def test_check_record_returns_hits_with_all_fields(default):
    out = default.check_record({"instruction": "Create a movie poster for a film.", "input": "",
                                "output": "<nooutput>"}, lang="en")
    by_id = {h.rule_id: h for h in out}
    assert isinstance(out[0], Hit)
    h = by_id["output.empty"]
    assert (h.action, h.severity, h.field) == ("drop", "error", "output")
    assert h.detail and "<nooutput>" not in h.detail  # details name the kind of match, not content
    assert by_id["task.needs_media"].field == "instruction"


def test_check_record_detects_language_when_not_given(default):
    # the Chinese media branch only fires when the record is detected as Chinese
    assert "task.needs_media" in hits(default, "画一幅猫的画。", lang=None)
    zh = default.check_record({"instruction": "画一幅猫的画。", "input": "", "output": "好的"})
    assert any(h.rule_id == "task.needs_media" for h in zh)


def test_rule_ids_are_registered_codes(default):
    for rid in default.ids():
        c = get_code(rid)
        assert c is not None and c.code == rid
    assert "default" in shipped_packs() and "generation" in shipped_packs() and "safety" in shipped_packs()
    assert "pii" not in shipped_packs()  # rules/ also holds non-rule data files


# ------------------------------------------------------------------------ condition language
def test_keywords_whole_words_for_spaced_scripts_substrings_for_cjk():
    rx = keyword_pattern(["draw", "go to", "画"])
    assert rx.found_text("Please DRAW a cat")
    assert not rx.found_text("withdraw the money")      # word boundary
    assert rx.found_text("go   to the shop")            # spaces inside a keyword are flexible
    assert not rx.found_text("gold tooth")
    assert rx.found_text("画一幅画")                       # no spaces in Chinese: substring
    assert not rx.found_text("制定计划")                   # 划, not 画


def test_equals_ignores_case_spaces_and_final_punctuation(tmp_path):
    p = write_yaml(tmp_path, "r.yaml", """
rules:
  - id: test.equals
    fields: [output]
    condition: {equals: ["N/A", "无输出"]}
    action: flag
""")
    rs = load_rules([p])
    assert "test.equals" in hits(rs, output="  n/a. ")
    assert "test.equals" in hits(rs, output="无输出。", lang="zh")
    assert "test.equals" not in hits(rs, output="N/A is short for not applicable.")


def test_length_counts_words_and_cjk_characters(tmp_path):
    p = write_yaml(tmp_path, "r.yaml", """
rules:
  - id: test.short
    fields: [instruction]
    condition: {length: {min: 4}}
    action: flag
""")
    rs = load_rules([p])
    assert "test.short" in hits(rs, instruction="Write a poem")          # 3 words
    assert "test.short" not in hits(rs, instruction="Write a short poem")  # 4 words
    assert "test.short" in hits(rs, instruction="写诗", lang="zh")         # 2 characters
    assert "test.short" not in hits(rs, instruction="写一首诗", lang="zh")  # 4 characters


def test_combinators_unless_and_field_scoping(tmp_path):
    p = write_yaml(tmp_path, "r.yaml", """
rules:
  - id: test.combo
    fields: [output]
    condition:
      all:
        - field: instruction
          any_of: [code]
        - any:
            - regex: 'TODO'
            - not: {regex: '\\w'}
      unless:
        field: input
        any_of: [skip]
    action: flag
""")
    rs = load_rules([p])
    h = hits(rs, instruction="Write code", output="TODO")
    assert "test.combo" in h and h["test.combo"].field == "output"  # reported on the rule's field
    assert "test.combo" in hits(rs, instruction="Write code", output="...")   # not a word char
    assert "test.combo" not in hits(rs, instruction="Write a poem", output="TODO")
    assert "test.combo" not in hits(rs, instruction="Write code", input="skip this", output="TODO")


def test_several_keys_in_one_mapping_all_must_hold(tmp_path):
    p = write_yaml(tmp_path, "r.yaml", """
rules:
  - id: test.and
    fields: [instruction]
    condition: {lang_is: zh, any_of: [画]}
    action: flag
""")
    rs = load_rules([p])
    assert "test.and" in hits(rs, instruction="画一只猫", lang="zh")
    assert "test.and" not in hits(rs, instruction="画一只猫", lang="ja")


def test_fix_strips_the_match_and_later_rules_see_the_fixed_text(tmp_path):
    p = write_yaml(tmp_path, "r.yaml", """
rules:
  - id: test.empty
    fields: [output]
    condition: {empty: true}
    action: drop
  - id: test.marker
    fields: [output]
    condition: {regex: '\\A\\s*<noinput>\\s*'}
    action: fix
    fix: strip
""")
    rs = load_rules([p])
    found, fixed = rs.evaluate({"instruction": "x y z", "input": "", "output": "<noinput>\nThe answer."}, "en")
    assert fixed == {"output": "The answer."}
    assert [h.rule_id for h in found] == ["test.marker"]
    found, fixed = rs.evaluate({"instruction": "x y z", "input": "", "output": "<noinput>"}, "en")
    assert fixed == {"output": ""}
    assert [h.rule_id for h in found] == ["test.marker", "test.empty"]  # fixes run first


def test_override_by_id_keeps_unspecified_keys_and_disable(tmp_path):
    p = write_yaml(tmp_path, "mine.yaml", """
rules:
  - id: task.needs_media
    action: drop
  - id: custom.shouting
    description: Output in capitals.
    fields: [output]
    condition: {regex: {pattern: '\\A[A-Z\\s!]{10,}\\Z', ignore_case: false}}
    action: flag
disable: [length.*]
""")
    rs = load_rules(["default"], extra=[p], disable=["output.refusal"])
    assert rs.by_id["task.needs_media"].action == "drop"
    assert rs.by_id["task.needs_media"].languages == ("en", "zh")  # condition etc. kept
    assert not any(r.startswith("length.") for r in rs.ids())
    assert "output.refusal" not in rs.ids()
    assert "custom.shouting" in hits(rs, output="THIS IS ALL CAPS!")
    assert "custom.shouting" not in hits(rs, output="This is fine.")
    assert get_code("custom.shouting").description == "Output in capitals."


@pytest.mark.parametrize("text, message", [
    ("rules:\n  - id: bad\n    condition: {empty: true}\n    action: flag\n", "family.name"),
    ("rules:\n  - id: x.y\n    condition: {nosuch: 1}\n    action: flag\n", "unknown measurement"),
    ("rules:\n  - id: x.y\n    condition: {regex: '('}\n    action: flag\n", "bad regular expression"),
    ("rules:\n  - id: x.y\n    condition: {empty: true}\n    action: fix\n", "needs a 'fix' spec"),
    ("rules:\n  - id: x.y\n    condition: {empty: true}\n    action: maybe\n", "action must be"),
    ("rules:\n  - id: x.y\n    conditon: {empty: true}\n    action: flag\n", "unknown key"),
    ("rules:\n  - id: x.y\n    fields: [answer]\n    condition: {empty: true}\n    action: flag\n", "unknown field"),
    ("rules: [\n", "not valid YAML"),
    ("operators: {}\n", "not a rule file"),
])
def test_bad_rule_files_fail_with_a_clear_message(tmp_path, text, message):
    p = write_yaml(tmp_path, "bad.yaml", text)
    with pytest.raises(RuleError, match=message):
        load_rules([p])


def test_unknown_pack_names_the_shipped_ones():
    with pytest.raises(RuleError, match="shipped packs: .*default"):
        load_rules(["no_such_pack"])


def test_fenced_blocks():
    blocks, unclosed = fenced_blocks("Here:\n```python\nprint(1)\n```\nand\n```\n```\n")
    assert blocks == [("python", "print(1)"), ("", "")] and not unclosed
    blocks, unclosed = fenced_blocks("```js\nlet a = 1;\n")
    assert unclosed and blocks == [("js", "let a = 1;")]


# --------------------------------------------------------------- the default pack, rule by rule
# (rule, instruction, input, output, lang, should fire). Each rule: positive and negative, EN and ZH.
CASES = [
    # empty / placeholder outputs
    ("output.empty", "Convert 20 ml to tablespoons.", "", "", "en", True),
    ("output.empty", "Create a movie poster.", "", "<nooutput>", "en", True),
    ("output.empty", "Name a country.", "", "N/A", "en", True),
    ("output.empty", "Design a logo.", "", "<nooutput - cannot create a visual output>", "en", True),
    ("output.empty", "What is the correlation?", "", "None.", "en", False),  # a real answer
    ("output.empty", "Name a country.", "", "Norway", "en", False),
    ("output.empty", "写一首诗。", "", "无输出", "zh", True),
    ("output.empty", "写一首诗。", "", "  ", "zh", True),
    ("output.empty", "这个句子有错误吗？", "", "无", "zh", False),  # "无" answers the question
    ("output.media_placeholder", "Construct a flow chart.", "", "<image>", "en", True),
    ("output.media_placeholder", "Compose a wedding song.", "", "<output audio>", "en", True),
    ("output.media_placeholder", "Change the text style.", "", "<b>This is an example of bold text.</b>", "en", False),
    ("output.media_placeholder", "Make a chart.", "", "[Pictorial chart]\n\nThe ACA costs more than ...", "en", False),
    ("output.media_placeholder", "设计一张海报。", "", "<图片>", "zh", True),
    ("output.media_placeholder", "设计一张海报。", "", "[海报]：蓝色背景，中间是一颗地球。", "zh", False),
    # leaked <noinput> marker in outputs
    ("output.leaked_marker", "Describe Obama.", "", "<noinput>\nBarack Obama is standing on a stage.", "en", True),
    ("output.leaked_marker", "Explain HTML.", "", "Use <noinput> tags carefully.", "en", False),
    ("output.leaked_marker", "描述奥巴马。", "", "<无输入>奥巴马站在台上。", "zh", False),
    ("output.leaked_marker", "描述奥巴马。", "", "<noinput>奥巴马站在台上。", "zh", True),
    # merged instructions
    ("instruction.merged", "Edit this sentence.", "", "She watered the flowers.\n\n6. Instruction: Write a story.\n6. Input:\n<noinput>\n6. Output:\nOnce...", "en", True),
    ("instruction.merged", "Write a report.", "", "The drug works.\n## \n6. Instruction: Edit the essay.\n6. Input: \nText", "en", True),
    ("instruction.merged", "Write a story.", "", "John found it.\n##", "en", True),
    ("instruction.merged", "Write a recipe.", "", "Ingredients:\n- eggs\n\nInstructions:\n1. Preheat the oven.", "en", False),
    ("instruction.merged", "Write a resume.", "", "## Skills\n\n- HTML\n\n## Work Experience\n\nDeveloper", "en", False),
    ("instruction.merged", "改写句子。", "", "她给花浇了水。\n\n2. 指令：写一个故事。\n2. 输入：\n无\n2. 输出：\n从前……", "zh", True),
    ("instruction.merged", "改写句子。", "", "她给花浇了水。\n指令：写一个故事。\n输入：无", "zh", True),
    ("instruction.merged", "解释指令的含义。", "", "指令是计算机执行的命令，例如：\n1. 加载指令\n2. 存储指令", "zh", False),
    ("input.merged_task", "Provide input to the instruction.", "Instruction: Summarise the article.\nInput:\nHuman intelligence ...", "x", "en", True),
    ("input.merged_task", "Follow the recipe.", "Ingredients: flour\nInstructions: mix", "x", "en", False),
    ("input.merged_task", "完成任务。", "指令：总结文章。\n输入：人类智能……", "x", "zh", True),
    ("input.merged_task", "完成任务。", "文章：人类智能……", "x", "zh", False),
    # tasks a text model cannot do
    ("task.needs_media", "Create a movie poster for a new science fiction film", "", "A poster.", "en", True),
    ("task.needs_media", "Sketch an illustration of a tree.", "", "A tree.", "en", True),
    ("task.needs_media", "Record a melody with a duration of 20 seconds", "", "x", "en", True),
    ("task.needs_media", "Edit this photo to make it appear brighter.", "", "x", "en", True),
    ("task.needs_media", "Describe the picture in the poem.", "", "x", "en", False),
    ("task.needs_media", "Create a character sketch of the protagonist.", "", "x", "en", False),
    ("task.needs_media", "Design a program for drawing basic shapes.", "", "x", "en", False),
    ("task.needs_media", "Generate a list of five places to visit in Sweden.", "", "x", "en", False),
    ("task.needs_media", "Can GPT models create videos?", "", "No.", "en", False),
    ("task.needs_media", "Generate a sentence describing the given painting.", "The Hay Wain by John Constable", "x", "en", False),
    ("task.needs_media", "Play a round of Rock-Paper-Scissors.", "", "Rock!", "en", False),
    ("task.needs_media", "设计一张关于网络安全的海报。", "", "x", "zh", True),
    ("task.needs_media", "解释这幅漫画。", "", "x", "zh", True),
    ("task.needs_media", "播放一首轻音乐。", "", "x", "zh", True),
    ("task.needs_media", "画一幅山水画。", "", "x", "zh", True),
    ("task.needs_media", "介绍一位著名的画家。", "", "x", "zh", False),
    ("task.needs_media", "生成科罗拉多州最具标志性的七个地点列表。", "", "x", "zh", False),
    ("task.needs_media", "将以下句子从被动语态改为主动语态：艺术家创作了这幅画。", "", "x", "zh", False),
    ("task.needs_media", "给网页添加动画效果的CSS代码。", "", "x", "zh", False),
    ("task.needs_media", "制定一个学习计划。", "", "x", "zh", False),
    # inputs that only point at something the model cannot see
    ("input.attachment_only", "Summarize this article.", "https://www.example.com/post/1", "x", "en", True),
    ("input.attachment_only", "Summarize the article.", "Article: \nhttps://grist.org/article/x/", "x", "en", True),
    ("input.attachment_only", "Describe the photo.", "<Picture Attached>", "x", "en", True),
    ("input.attachment_only", "Describe the painting.", "[painting.jpg]", "x", "en", True),
    ("input.attachment_only", "Caption this comic.", "![Comic](https://i.imgur.com/x.png)", "x", "en", True),
    ("input.attachment_only", "Describe the photo.", "[Image]\n\nNo input needed.", "x", "en", True),
    ("input.attachment_only", "Write a Python program that downloads the page.", "https://www.nytimes.com/", "x", "en", False),
    ("input.attachment_only", "Summarize the article.", "The economy grew by 3% in 2021, https://x.org reports.", "x", "en", False),
    ("input.attachment_only", "Sort the list.", "[3, 1, 2]", "x", "en", False),
    ("input.attachment_only", "总结文章。", "见附件", "x", "zh", True),
    ("input.attachment_only", "描述这张图片。", "[图片]", "x", "zh", True),
    ("input.attachment_only", "编写一个Python程序，获取页面标题。", "https://www.example.com", "x", "zh", False),
    ("input.attachment_only", "总结文章。", "附件中的数据显示，销售额增长了10%。", "x", "zh", False),
    # bare "None"/"无"/"空" inputs: a placeholder unless the task works on its input
    ("input.bare_placeholder", "Suggest a hobby for a retired teacher.", "None", "Gardening.", "en", True),
    ("input.bare_placeholder", "What does this Python function return?", "None", "It returns None.", "en", False),
    ("input.bare_placeholder", "推荐一种适合老人的运动。", "无", "太极拳。", "zh", True),
    ("input.bare_placeholder", "写出下面这个字的反义词。", "空", "满。", "zh", False),
    # image-only outputs
    ("output.image_link", "Show a picture of a red panda.", "", "![red panda](https://i.imgur.com/abc123.jpg)", "en", True),
    ("output.image_link", "Show a picture of a red panda.", "", "<img src=\"https://example.org/panda.png\">", "en", True),
    ("output.image_link", "Give an example of markdown image syntax.", "", "Use ![alt text](https://example.org/a.png) to embed an image.", "en", False),
    ("output.image_link", "给我看一张熊猫的照片。", "", "https://upload.wikimedia.org/wikipedia/commons/panda.jpg", "zh", True),
    ("output.image_link", "介绍一下大熊猫。", "", "大熊猫是中国特有的哺乳动物，主要吃竹子。", "zh", False),
    # a URL in the instruction
    ("instruction.url", "Summarize the blog post at https://blog.example.net/2020/05/remote-work.", "", "x", "en", True),
    ("instruction.url", "Write a regex that validates URLs such as https://www.example.com/path.", "", "x", "en", False),
    ("instruction.url", "Assess the credibility of wikipedia.org as a source.", "", "x", "en", False),
    ("instruction.url", "总结这个网页的内容：https://news.example.cn/2021/0501.html", "", "x", "zh", True),
    ("instruction.url", "用Python代码解析这个网址 https://www.example.com/a?b=1 的域名。", "", "x", "zh", False),
    # the web, live data, files
    ("task.needs_web", "Search the internet for reviews of the new phone and summarize them.", "", "x", "en", True),
    ("task.needs_web", "What is the current exchange rate between the dollar and the pound?", "", "x", "en", True),
    ("task.needs_web", "Open the attached spreadsheet and total column B.", "", "x", "en", True),
    ("task.needs_web", "Find a website that sells second-hand books.", "", "x", "en", False),
    ("task.needs_web", "Explain how search engines index web pages.", "", "x", "en", False),
    ("task.needs_web", "Write a Python script that downloads a web page.", "", "x", "en", False),
    ("task.needs_web", "在网上搜索一下最近的电影排行榜。", "", "x", "zh", True),
    ("task.needs_web", "查询一下明天杭州的天气。", "", "x", "zh", True),
    ("task.needs_web", "如何在网上搜索学术论文？", "", "x", "zh", False),
    ("task.needs_web", "写一个关于天气变化的故事。", "", "x", "zh", False),
    # material the instruction points at but the input lacks
    ("input.missing", "Classify the following sentences by tone.", "", "x", "en", True),
    ("input.missing", "Summarize the article titled 'Why Bees Matter'.", "", "x", "en", True),
    ("input.missing", "Rewrite the following sentence in the passive voice: The cat chased the mouse.", "", "x", "en", False),
    ("input.missing", "Classify the following sentences by tone.", "I love it. I hate it.", "x", "en", False),
    ("input.missing", "Write a function that reverses the given string.", "", "x", "en", False),
    ("input.missing", "找出以下句子中的语法错误。", "", "x", "zh", True),
    ("input.missing", "总结文章《城市绿地的价值》。", "", "x", "zh", True),
    ("input.missing", "找出以下句子中的语法错误：我昨天去学校了明天。", "", "x", "zh", False),
    ("input.missing", "找出以下句子中的语法错误。", "他们是学生们。", "x", "zh", False),
    # the output says the input is missing
    ("output.missing_input", "Proofread the paragraph.", "", "You didn't provide a paragraph. Please paste the text you want me to proofread.", "en", True),
    ("output.missing_input", "Write a letter asking a tenant to provide proof of insurance.", "", "Dear tenant, please provide the insurance document by Friday.", "en", False),
    ("output.missing_input", "Proofread the paragraph.", "The cat sat on teh mat.", "You didn't provide a title, but here is the fix: The cat sat on the mat.", "en", False),
    ("output.missing_input", "翻译这段话。", "", "您没有提供需要翻译的内容，请把文字发给我。", "zh", True),
    ("output.missing_input", "写一封催促客户提供发票的邮件。", "", "尊敬的客户：请您尽快提供发票信息，以便我们完成报销。", "zh", False),
    # Chinese tasks about English words
    ("task.english_wordplay", "写出“mouse”的复数形式。", "", "mice", "zh", True),
    ("task.english_wordplay", "找出与“cake”押韵的两个英语单词。", "", "lake, make", "zh", True),
    ("task.english_wordplay", "写一首押韵的五言诗。", "", "春风吹柳绿，细雨润花红。", "zh", False),
    ("task.english_wordplay", "Give the plural form of 'mouse'.", "", "mice", "en", False),
    # lengths
    ("length.instruction_short", "Translate.", "", "x", "en", True),
    ("length.instruction_short", "Translate this sentence.", "", "x", "en", False),
    ("length.instruction_short", "友谊", "", "x", "zh", True),
    ("length.instruction_short", "翻译句子", "", "x", "zh", False),
    ("length.output_long", "Write.", "", "word " * 4001, "en", True),
    ("length.output_long", "Write.", "", "word " * 3999, "en", False),
    ("length.output_long", "写。", "", "字" * 4001, "zh", True),
    ("length.output_long", "写。", "", "字" * 3000, "zh", False),
    ("length.instruction_long", "word " * 1001, "", "x", "en", True),
    ("length.instruction_long", "字" * 1001, "", "x", "zh", True),
    ("length.instruction_long", "字" * 900, "", "x", "zh", False),
    ("length.instruction_long", "word " * 999, "", "x", "en", False),
    # copies
    ("output.copies_input", "Sort these colors.", "Purple, Blue, Red", "Purple, Blue, Red", "en", True),
    ("output.copies_input", "Correct the case.", "The child was AFRAID.", "The child was afraid.", "en", False),
    ("output.copies_input", "排序。", "兔子，猫，马", "兔子，猫，马", "zh", True),
    ("output.copies_input", "排序。", "兔子，马，猫", "兔子，猫，马", "zh", False),
    ("output.repeats_instruction", "Name three primary colors.", "", "name three primary colors", "en", True),
    ("output.repeats_instruction", "Name three primary colors.", "", "Red, yellow and blue.", "en", False),
    ("output.repeats_instruction", "列出三种原色。", "", "列出三种原色。", "zh", True),
    ("output.repeats_instruction", "列出三种原色。", "", "红、黄、蓝。", "zh", False),
    # language of the answer
    ("lang.output_mismatch", "请用两句话描述一下你理想中的周末。", "", "My ideal weekend starts with a slow breakfast and a long walk in the park with friends.", "zh", True),
    ("lang.output_mismatch", "总结下面这段话。", "今天公司开会讨论了明年的预算安排，决定增加研发投入，减少广告支出。", "The company met today and decided to spend more on research and less on advertising next year.", "zh", True),
    ("lang.output_mismatch", "安排明天上午10点的会议。", "", "Certainly, I will schedule a meeting for you tomorrow at 10 AM.", "zh", True),
    ("lang.output_mismatch", "将句子“El agua es importante”翻译成英语。", "", "The sentence translates to \"Water is important\" in English.", "zh", False),
    ("lang.output_mismatch", "写一个函数来找到给定数组的最大元素。", "", "```c\nint max(int *a, int n) { return a[0]; }\n```", "zh", False),
    ("lang.output_mismatch", "改变以下名词为复数形式：watch", "", "The plural form of \"watch\" is \"watches\".", "zh", False),
    ("lang.output_mismatch", "生成一个移动应用程序的名称。", "", "\"DelishDish\"", "zh", False),
    ("lang.output_mismatch", "Describe the weather today in two sentences.", "", "今天天气晴朗，气温适中，非常适合外出散步和运动。", "en", True),
    ("lang.output_mismatch", "Translate 'good morning' into Chinese.", "", "早上好，祝你今天过得愉快，一切顺利。", "en", False),
    ("lang.output_mismatch", "Describe the weather today.", "", "It is sunny and warm, a good day for a walk in the park.", "en", False),
    # degenerate repetition
    ("output.repetition", "Compose a melody.", "", "C D D D D D D D D D D E E C C C C C C C C C C D D D D D D D D D E E.", "en", True),
    ("output.repetition", "Write a workout plan.", "", "Monday: run 5 km. Tuesday: swim 1 km. Wednesday: rest and stretch for thirty minutes. Thursday: cycle 20 km.", "en", False),
    ("output.repetition", "写一首歌。", "", "啦啦啦啦啦啦啦啦啦啦啦啦啦啦啦啦啦啦啦啦啦啦啦啦啦啦啦啦啦啦", "zh", True),
    ("output.repetition", "写一段话。", "", "春天来了，小草从地下探出头来，花儿竞相开放，鸟儿在枝头歌唱，孩子们在田野里奔跑嬉戏。", "zh", False),
    # broken code blocks for coding tasks
    ("output.code_block_broken", "Write a Python function to add two numbers.", "", "```python\ndef add(a, b)\n    return a + b\n```", "en", True),
    ("output.code_block_broken", "Write a Python function to add two numbers.", "", "Here is the code:\n```python\n```", "en", True),
    ("output.code_block_broken", "Write a Python function to add two numbers.", "", "Here is the code:", "en", True),
    ("output.code_block_broken", "Write a Python function to add two numbers.", "", "```python\ndef add(a, b):\n    return a + b\n```", "en", False),
    ("output.code_block_broken", "Write a poem about rivers.", "", "```\n```", "en", False),  # not a coding task
    ("output.code_block_broken", "写一个Python函数计算阶乘。", "", "```python\ndef f(n):\n    return 1 if n < 2 else n * f(n - 1\n```", "zh", True),
    ("output.code_block_broken", "写一个Python函数计算阶乘。", "", "以下是代码：", "zh", True),
    ("output.code_block_broken", "写一个Python函数计算阶乘。", "", "```python\ndef f(n):\n    return 1 if n < 2 else n * f(n - 1)\n```", "zh", False),
    # refusals
    ("output.refusal", "Describe a memorable experience.", "", "As an AI language model, I do not have experiences.", "en", True),
    ("output.refusal", "Create a chart.", "", "I'm sorry, but as a text-based AI I cannot create charts.", "en", True),
    ("output.refusal", "Write a dialogue where someone apologizes.", "", "A: Sorry I'm late.\nB: No problem.", "en", False),
    ("output.refusal", "描述一次难忘的经历。", "", "作为一个人工智能助手，我无法拥有自己的经历。", "zh", True),
    ("output.refusal", "这个标志代表什么？", "", "很抱歉，我无法看到您提到的标志。", "zh", True),
    ("output.refusal", "确定这个陈述的目的。", "", "这个陈述的目的是说明我作为一个人工智能助手是乐于助人的。", "zh", False),
    ("output.refusal_only", "Describe a memorable experience.", "", "As an AI language model, I do not have experiences.", "en", True),
    ("output.refusal_only", "Create a chart.", "", "I'm sorry, but as a text-based AI I cannot create charts. However, here is a table "
     "you can paste into a spreadsheet to build one: | year | sales | 2021 | 120 | 2022 | 150 | 2023 | 190 |", "en", False),
    ("output.refusal_only", "描述一次难忘的经历。", "", "作为一个人工智能助手，我无法拥有自己的经历。", "zh", True),
    ("output.refusal_only", "这个标志代表什么？", "", "很抱歉，我无法看到您提到的标志。不过常见的交通标志中，红色圆形通常表示禁止，蓝色圆形表示指示，"
     "黄色三角形表示警告，您可以对照这些规律来判断。", "zh", False),
]


@pytest.fixture(scope="module")
def case_hits(default):
    # one batch for every case: the patterns are compiled once (check_records)
    recs = [{"instruction": c[1], "input": c[2], "output": c[3], "system": ""} for c in CASES]
    return [{h.rule_id: h for h in hs} for hs in default.check_records(recs, [c[4] for c in CASES])]


@pytest.mark.parametrize("i", range(len(CASES)), ids=[f"{c[0]}-{c[4]}-{i}" for i, c in enumerate(CASES)])
def test_default_rule_examples(case_hits, i):
    rule, instruction, input, output, lang, expected = CASES[i]
    got = case_hits[i]
    assert (rule in got) is expected, f"{rule} on {instruction[:50]!r} / {output[:50]!r}: {got}"


def test_check_records_equals_check_record(default):
    for c in CASES[::15]:
        rec = {"instruction": c[1], "input": c[2], "output": c[3]}
        assert default.check_record(rec, lang=c[4]) == default.check_records([rec], [c[4]])[0]


def test_every_default_rule_has_positive_and_negative_cases_in_both_languages(default):
    seen = {}
    for rule, *_, lang, expected in CASES:
        seen.setdefault(rule, set()).add((lang, expected))
    for r in default:
        # a rule for one language only needs a case showing it stays silent on the other
        want = {(lang, e) for lang in ("en", "zh") for e in (True, False)
                if "any" in r.languages or lang in r.languages or not e}
        assert seen.get(r.id, set()) >= want, r.id


# -------------------------------------------------------------------------- the other packs
def test_generation_pack_blacklist_both_languages():
    g = load_rules(["generation"])
    fired = lambda t: [h.rule_id for h in g.check_record({"instruction": t, "input": "", "output": ""}, lang=None)]
    assert fired("Draw a picture of a cat.") == ["gen.blacklist_media"]
    assert fired("Plot the data as a bar chart.") == ["gen.blacklist_media"]
    assert fired("Go to the store and buy milk.") == ["gen.blacklist_external"]
    assert fired("Write a haiku about autumn.") == []
    assert fired("Withdraw the argument and restate it.") == []     # 'draw' inside a word
    assert fired("画一幅山水画。") == ["gen.blacklist_media"]
    assert fired("描述一位著名画家的生平。") == []
    assert fired("制定一个学习计划。") == []


# Every Self-Instruct and Alpaca blacklist word (and song), whole words: a task that uses it, and a
# task where the letters appear inside another word (or an idiom) and must pass.
BLACKLIST = [
    ("image", "Describe the image of a sunset.", "Use your imagination to write a story."),
    ("graph", "Explain the graph of sales.", "Write a paragraph about sales."),
    ("picture", "Describe this picture.", "Describe a picturesque village."),
    ("file", "Summarize the attached file.", "Write a profile of a chef."),
    ("map", "Create a map of the city.", "Explain the mapping of genes to traits."),
    ("draw", "Draw a cat.", "Explain how to withdraw money from an ATM."),
    ("plot", "Plot the function y = x^2.", "Explain the role of the subplot in Hamlet."),
    ("go to", "Go to the kitchen and get a glass.", "Name a place to go tomorrow."),
    ("video", "Make a video about recycling.", "Explain what a videographer does."),
    ("audio", "Transcribe this audio.", "Recommend an audiobook for a long trip."),
    ("music", "Compose music for a wedding.", "List three musical terms."),
    ("song", "Play a song about tidal energy.", "Describe the call of a songbird."),
    ("flowchart", "Create a flowchart of the process.", "Describe the flow of a river."),
    ("diagram", "Label the parts of this diagram.", "Explain what diagrammatic reasoning is."),
]
BLACKLIST_ZH = [
    ("图片", "描述这张图片。", "解释“图书馆”的作用。"),
    ("画", "画一只猫。", "制定一个学习计划。"),
    ("图表", "制作一个销售图表。", "列出图书的分类。"),
    ("照片", "给这张照片起个标题。", "如何照顾老人？"),
    ("地图", "根据这张地图说出路线。", "介绍一个地区的气候。"),
    ("视频", "拍一段视频。", "如何保护视力？"),
    ("音频", "转写这段音频。", "解释什么是频率。"),
    ("音乐", "创作一段音乐。", "解释“音调”和“声调”的区别。"),
    ("歌曲", "播放一首歌曲。", "写一首诗歌颂春天。"),
    ("文件", "总结这个文件。", "介绍一种传统文化。"),
    ("流程图", "给出这个过程的流程图。", "描述申请签证的流程。"),
    ("示意图", "给出一个示意图。", "用手势示意安静。"),
    ("前往", "前往超市买牛奶。", "解释“前进”的意思。"),
]


@pytest.mark.parametrize("word, positive, negative", BLACKLIST + BLACKLIST_ZH, ids=[b[0] for b in BLACKLIST + BLACKLIST_ZH])
def test_generation_blacklist_parity(word, positive, negative):
    g = load_rules(["generation"])
    recs = [{"instruction": t, "input": "", "output": ""} for t in (positive, negative)]
    pos, neg = g.check_records(recs, ["any", "any"])
    assert {h.rule_id for h in pos} & {"gen.blacklist_media", "gen.blacklist_external"}, (word, positive)
    assert not pos or any(word.replace(" ", "") in h.detail.replace(" ", "") for h in pos), (word, pos)
    assert not neg, (word, negative, neg)


def test_safety_pack_requests_not_topics():
    s = load_rules(["safety"])
    fired = lambda t: {h.rule_id for h in s.check_record({"instruction": t, "input": "", "output": ""}, lang="en")}
    assert fired("How to make a pipe bomb at home?") == {"safety.weapons"}
    assert fired("Explain the history of explosives in mining.") == set()
    assert fired("如何制作炸弹？") == {"safety.weapons"}
    assert fired("Write a ransomware program in Python.") == {"safety.malware"}
    assert fired("How can companies detect ransomware?") == set()
    assert fired("合成冰毒的步骤是什么？") == {"safety.drugs"}
    assert fired("毒品的危害有哪些？") == set()
    assert fired("怎么自杀") == {"safety.self_harm"}


# ------------------------------------------------------------------------------ the stage
def frame(records):
    n = len(records)
    return pl.DataFrame({
        "_row": list(range(n)), "id": [f"r{i}" for i in range(n)],
        "instruction": [r["instruction"] for r in records], "input": [r.get("input", "") for r in records],
        "output": [r["output"] for r in records],
    }, schema={"_row": pl.Int64, "id": pl.Utf8, "instruction": pl.Utf8, "input": pl.Utf8, "output": pl.Utf8})


def test_stage_fixes_fields_and_reports_findings():
    df = frame([
        {"instruction": "Describe Barack Obama.", "output": "<noinput>\nHe was president."},
        {"instruction": "Write a story.", "output": "Once upon a time.\n\n6. Instruction: Do X.\n6. Input:\nY"},
        {"instruction": "Create a movie poster.", "output": ""},
        {"instruction": "写一首关于春天的诗。", "output": "春风吹绿了江南岸。"},
    ]).with_columns(pl.Series("lang", ["en", "en", "en", "zh"]))
    res = Rules().process(df)
    assert res.batch["output"].to_list()[:2] == ["He was president.", "Once upon a time."]
    assert res.batch["_row"].to_list() == [0, 1, 2, 3]
    f = res.findings
    got = {(r["_row"], r["code"], r["action"]) for r in f.iter_rows(named=True)}
    assert (0, "output.leaked_marker", "fix") in got
    assert (1, "instruction.merged", "fix") in got
    assert (2, "output.empty", "drop") in got and (2, "task.needs_media", "drop") in got
    assert not any(r == 3 for r, _, _ in got)


def test_stage_policy_overrides_and_off():
    df = frame([{"instruction": "Create a movie poster.", "output": "<noinput>\nA poster."}])
    res = Rules(actions={"task.needs_media": "drop", "output.leaked_marker": "off"}).process(df)
    got = {(r["code"], r["action"]) for r in res.findings.iter_rows(named=True)}
    assert got == {("task.needs_media", "drop")}
    assert res.batch["output"][0] == "<noinput>\nA poster."  # an 'off' fix is not applied
    with pytest.raises(ValueError, match="does not emit"):
        Rules(actions={"no.such_code": "drop"})


def test_stage_is_a_pure_function_of_each_row(alpaca_en, alpaca_zh):
    # same result for batch sizes 1, 7 and all, on real records of both languages
    # each batch compiles the packs' patterns (~1 s), so batch size 1 runs on a short slice
    recs = json.loads(alpaca_en.read_text())[300:310] + json.loads(alpaca_zh.read_text())[:10]
    df = frame(recs)
    stage = Rules()
    whole = stage.process(df)

    def batched(size):
        outs, fs = [], []
        for i in range(0, df.height, size):
            r = stage.process(df.slice(i, size))
            outs.append(r.batch)
            fs.append(r.findings)
        return pl.concat(outs), pl.concat(fs)

    for size in (1, 7):
        b, f = batched(size)
        assert b.equals(whole.batch)
        assert f.equals(whole.findings)
    assert whole.findings.height > 0


def test_stage_works_without_a_lang_column():
    df = frame([{"instruction": "解释这幅漫画。", "output": "这幅漫画讽刺了官僚主义。"}])
    res = Rules().process(df)
    assert "task.needs_media" in res.findings["code"].to_list()


def test_stage_extra_and_disable_params(tmp_path):
    p = write_yaml(tmp_path, "mine.yaml", "rules:\n  - id: custom.lorem\n    fields: [output]\n"
                                          "    condition: {any_of: [lorem ipsum]}\n    action: drop\n")
    df = frame([{"instruction": "Create a movie poster.", "output": "Lorem ipsum dolor."}])
    res = Rules(extra=[str(p)], disable=["task.needs_media"]).process(df)
    assert res.findings["code"].to_list() == ["custom.lorem"]
    assert Rules(extra=[str(p)]).describe()["extra"] == [str(p)]


def test_include_and_codes_command(tmp_path):
    from click.testing import CliRunner

    from curate.cli import main

    p = write_yaml(tmp_path, "team.yaml", "include: [default]\nrules:\n  - id: team.todo\n    fields: [output]\n"
                                          "    condition: {any_of: [TODO, 待办]}\n    action: flag\n"
                                          "    description: Unfinished answer.\n")
    rs = load_rules([p])
    assert "output.empty" in rs.ids() and "team.todo" in rs.ids()
    assert "team.todo" in hits(rs, output="待办：补全答案", lang="zh")
    r = CliRunner().invoke(main, ["codes", "--json"])
    assert r.exit_code == 0, r.output
    codes = {c["code"]: c for c in json.loads(r.stdout)}
    for rid in load_rules(["default"]).ids() + ["gen.blacklist_media", "safety.weapons", "read.malformed_json",
                                                 "norm.placeholder_input", "dedup.exact"]:
        assert rid in codes, rid
    assert codes["output.empty"]["action"] == "drop"
    r = CliRunner().invoke(main, ["codes", "--family", "task", "--rules", str(p)])
    assert r.exit_code == 0 and "task.needs_media" in r.output and "team.todo" not in r.output


def test_copies_input_counts_a_punctuation_fix_as_a_change(default):
    assert "output.copies_input" not in hits(default, "Add the missing period.", "I like tea", "I like tea.")
    assert "output.copies_input" in hits(default, "Sort these.", "a, b, c", "a, b, c")


def test_generation_pack_idioms_and_program_tasks():
    from curate.rules import load_rules
    rs = load_rules(["generation"])
    hits = lambda t: [h.rule_id for h in rs.check_record({"instruction": t, "input": "", "output": ""})]
    assert hits("Draw a conclusion from the data.") == []          # "draw" = infer, not a drawing
    assert hits("Draw a cat.") == ["gen.blacklist_media"]
    assert hits("Write a program that sorts a list.") == ["gen.program_task"]
    assert hits("写一个程序，计算斐波那契数列。") == ["gen.program_task"]
    assert hits("Write a poem about computer programs.") == []


def test_refusal_only_drops_bare_refusals_and_keeps_answers(alpaca_zh):
    import curate
    from curate.rules import load_rules
    from curate.stages.rules import Rules
    rs = load_rules(["default"])
    ids = lambda o, i="Tell me about durian fruit.": [h.rule_id for h in rs.check_record(
        {"instruction": i, "input": "", "output": o})]
    assert "output.refusal_only" in ids("As an AI language model, I cannot answer that.")
    assert "output.refusal_only" in ids("作为一个AI语言模型，我无法回答这个问题。", "介绍一下榴莲。")
    # The Chinese demo set has 22 refusal-style outputs; read by hand, 4 are bare refusals with no answer
    # ("我无法看到物体", "您并未提供诗歌的具体内容") and the other 18 go on to answer or explain: only the
    # 4 are dropped, the 18 stay flagged.
    res = curate.run([Rules()], alpaca_zh)
    f = res.findings
    codes = f["code"].to_list()
    assert codes.count("output.refusal_only") == 4 and codes.count("output.refusal") >= 18
    # the four bare refusals are short; three of them also say the input is missing, and that rule
    # (output.missing_input) is the one that drops them first
    rows = set(f.filter(pl.col("code") == "output.refusal_only")["_row"].to_list())
    outs = {r["_row"]: r["record"]["output"] for r in res.rejects}
    assert rows <= set(outs) and sorted(len(outs[r]) for r in rows) == [46, 49, 54, 56]
