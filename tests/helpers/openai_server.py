"""A real OpenAI-compatible HTTP server for tests (stdlib only).

It listens on 127.0.0.1 on a free port, speaks ``POST /v1/chat/completions`` and the raw
``POST /v1/completions`` (Magpie's pre-query sampling) the way the ``openai`` client expects, stops
at the request's ``stop`` strings like a real server, and is scriptable:

* ``responder(prompt, body) -> str | Reply``: what to answer (canned completions by prompt pattern);
* ``fail(status, times, match=None, retry_after=None)``: the next ``times`` matching requests get an
  HTTP error (429, 500, 401, ...) instead of an answer; ``stall(seconds, times)``: they answer late;
* ``Reply(text, finish_reason="length")``: a truncated answer;
* ``latency``: seconds to wait before every answer;
* ``hang_after``: after that many admitted answers, every further request is held until
  ``release()`` (to kill a client while it is waiting, with nothing completed but unrecorded).

``log`` has one entry per request: the body's sha256 ``key``, the prompt (the last user message, or
the raw ``prompt`` of a completion), the ``endpoint`` ("chat" or "completions"), the HTTP status, and
``completed`` (True once a 200 answer was fully written). A responder tells the two endpoints apart
by ``"prompt" in body``.
"""
from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tests.helpers.http_base import JSONHandler, LocalServer


@dataclass
class Reply:
    text: str
    finish_reason: str = "stop"


@dataclass
class _Fault:
    status: int  # 0: no error, only a stall of ``delay`` seconds before the normal answer
    times: int
    match: re.Pattern[str] | None
    retry_after: float | None
    delay: float = 0.0


@dataclass
class LogEntry:
    key: str
    prompt: str
    body: dict[str, Any]
    endpoint: str = "chat"
    status: int = 0
    completed: bool = False
    t: float = field(default_factory=time.time)


def body_key(body: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


class OpenAITestServer(LocalServer):
    def __init__(self, responder: Callable[[str, dict[str, Any]], str | Reply] | None = None, *,
                 latency: float = 0.0, hang_after: int | None = None) -> None:
        self.responder = responder or (lambda prompt, body: "ok")
        self.latency = latency
        self.hang_after = hang_after
        self.log: list[LogEntry] = []
        self._faults: list[_Fault] = []
        self._lock = threading.Lock()
        self._admitted = 0  # requests let through to an answer (see hang_after)
        self._released = threading.Event()

    # ------------------------------------------------------------- control
    def fail(self, status: int, times: int = 1, match: str | None = None,
             retry_after: float | None = None) -> None:
        with self._lock:
            self._faults.append(_Fault(status, times, re.compile(match) if match else None,
                                       retry_after))

    def stall(self, seconds: float, times: int = 1, match: str | None = None) -> None:
        """The next ``times`` matching requests wait ``seconds`` before answering (client timeouts)."""
        with self._lock:
            self._faults.append(_Fault(0, times, re.compile(match) if match else None, None, seconds))

    def release(self) -> None:
        self.hang_after = None
        self._released.set()

    def completed(self) -> list[LogEntry]:
        with self._lock:
            return [e for e in self.log if e.completed]

    def statuses(self) -> list[int]:
        with self._lock:
            return [e.status for e in self.log]

    def waiting(self) -> int:
        with self._lock:
            return sum(1 for e in self.log if e.status == 0)

    # ------------------------------------------------------------- life cycle
    def start(self) -> OpenAITestServer:
        server = self

        class Handler(JSONHandler):
            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, {"object": "list", "data": [{"id": "test-model", "object": "model"}]})
                else:
                    self._send(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                n = int(self.headers.get("Content-Length") or 0)
                try:
                    body = json.loads(self.rfile.read(n) or b"{}")
                except ValueError:
                    self._send(400, {"error": {"message": "invalid JSON", "type": "invalid_request"}})
                    return
                path = self.path.rstrip("/")
                if path.endswith("/chat/completions"):
                    endpoint = "chat"
                    msgs = body.get("messages") or []
                    prompt = next((m.get("content", "") for m in reversed(msgs)
                                   if m.get("role") == "user"), "")
                elif path.endswith("/completions"):
                    endpoint = "completions"
                    prompt = body.get("prompt") or ""
                    if not isinstance(prompt, str):
                        self._send(400, {"error": {"message": "prompt must be a string"}})
                        return
                else:
                    self._send(404, {"error": {"message": "not found"}})
                    return
                entry = LogEntry(body_key(body), prompt, body, endpoint)
                with server._lock:
                    server.log.append(entry)
                    fault = None
                    for f in server._faults:
                        if f.times > 0 and (f.match is None or f.match.search(prompt)):
                            f.times -= 1
                            fault = f
                            break
                    # Count answers admitted, not answers finished: with concurrent clients,
                    # two requests can arrive while the ninth is still being written, and
                    # counting finished ones let both through (10 answers for hang_after=9).
                    hang = server.hang_after is not None and server._admitted >= server.hang_after
                    if not hang and (fault is None or fault.status == 0):
                        server._admitted += 1
                if hang:
                    server._released.wait()
                    # The client that sent this is usually dead by now; answer nobody.
                    self.close_connection = True
                    return
                if server.latency:
                    time.sleep(server.latency)
                if fault is not None and fault.status == 0:
                    time.sleep(fault.delay)
                    fault = None
                if fault is not None:
                    entry.status = fault.status
                    headers = {"retry-after": str(fault.retry_after)} \
                        if fault.retry_after is not None else None
                    self._send(fault.status, {"error": {"message": f"injected {fault.status}",
                                                        "type": "test_fault"}}, headers)
                    return
                reply = server.responder(prompt, body)
                if isinstance(reply, str):
                    reply = Reply(reply)
                max_tokens = body.get("max_tokens") or body.get("max_completion_tokens")
                text, finish = reply.text, reply.finish_reason
                stops = body.get("stop") or []
                stops = [stops] if isinstance(stops, str) else stops
                cut = min((i for i in (text.find(x) for x in stops if x) if i >= 0), default=-1)
                if cut >= 0:  # a real server stops at a stop string and leaves it out
                    text, finish = text[:cut], "stop"
                words = text.split(" ")
                if max_tokens and len(words) > int(max_tokens):  # honour the cap like a real server
                    text, finish = " ".join(words[:int(max_tokens)]), "length"
                usage = {"prompt_tokens": len(prompt.split()), "completion_tokens": len(text.split()),
                         "total_tokens": len(prompt.split()) + len(text.split())}
                if endpoint == "chat":
                    resp = {
                        "id": "chatcmpl-" + entry.key[:12], "object": "chat.completion",
                        "created": int(time.time()), "model": body.get("model", "test-model"),
                        "choices": [{"index": 0, "finish_reason": finish,
                                     "message": {"role": "assistant", "content": text}}],
                        "usage": usage}
                else:
                    resp = {
                        "id": "cmpl-" + entry.key[:12], "object": "text_completion",
                        "created": int(time.time()), "model": body.get("model", "test-model"),
                        "choices": [{"index": 0, "finish_reason": finish, "text": text,
                                     "logprobs": None}],
                        "usage": usage}
                entry.status = 200
                try:
                    self._send(200, resp)
                except OSError:
                    return
                entry.completed = True

        self._serve(Handler)
        return self

    def stop(self) -> None:
        self._released.set()  # held requests end before the server shuts down
        super().stop()


# ----------------------------------------------------------------------------- a scripted teacher
_VERBS = ["Explain", "Summarize", "Compare", "Describe", "Suggest", "List", "Outline", "Evaluate",
          "Rewrite", "Classify", "Estimate", "Plan", "Critique", "Translate", "Define", "Predict"]
_TOPICS = ["tidal energy", "medieval trade routes", "sourdough baking", "bird migration",
           "credit card interest", "glacier retreat", "chess openings", "urban beekeeping",
           "jazz improvisation", "volcanic soil", "supply chain delays", "sleep hygiene",
           "solar eclipses", "coral bleaching", "public libraries", "marathon training",
           "ancient calendars", "compost chemistry", "train signalling", "desert architecture",
           "vaccine storage", "river deltas", "typewriter repair", "museum lighting",
           "hydroponic lettuce", "wind turbines", "tea ceremonies", "ocean currents",
           "bicycle commuting", "cave ecosystems", "paper recycling", "mountain rescue"]
_AUDIENCES = ["a curious child", "a busy nurse", "first-year students", "retired engineers",
              "a small-town mayor", "new immigrants", "hotel staff", "amateur astronomers",
              "a skeptical investor", "high school teachers", "farmers", "software testers"]
_FRAMES = ["{v} {t} for {a} in three short sentences.",
           "{v} the main risks of {t}, written for {a}.",
           "How would you {lv} {t} to {a}? Keep it practical.",
           "{v} two common misconceptions about {t} and correct them for {a}.",
           "Give {a} a checklist that helps them {lv} {t}.",
           "{v} what changed in {t} during the last decade, as a note for {a}."]
_ZH_TOPICS = ["潮汐发电", "古代丝绸之路", "酸面包发酵", "候鸟迁徙", "信用卡利息", "冰川退缩", "国际象棋开局",
              "城市养蜂", "爵士即兴", "火山土壤", "供应链延误", "睡眠卫生", "日食观测", "珊瑚白化", "公共图书馆",
              "马拉松训练", "古代历法", "堆肥化学", "铁路信号", "沙漠建筑", "疫苗冷链", "河口三角洲",
              "博物馆照明", "水培生菜", "风力发电", "茶道礼仪", "洋流", "自行车通勤", "洞穴生态", "纸张回收"]
_ZH_AUDIENCES = ["小学生", "护士", "大一新生", "退休工程师", "镇长", "新移民", "酒店员工", "天文爱好者",
                 "投资人", "中学老师", "农民", "软件测试员"]
_ZH_FRAMES = ["用三句话向{a}解释{t}。", "为{a}列出{t}的主要风险。", "请帮{a}制定一份关于{t}的入门计划。",
              "指出关于{t}的两个常见误解，并向{a}说明正确的理解。", "总结近十年来{t}方面的变化，写给{a}看。"]


def _rng(*parts: Any):
    import random
    return random.Random("|".join(map(str, parts)))


class SelfInstructScript:
    """Answers Self-Instruct / Alpaca prompts with deterministic, plausible text, plus chosen defects:

    * ``echo_seed``: each instruction list also repeats the first task shown in the prompt (a
      near-copy → gen.not_novel against the pool);
    * ``junk``: adds a blacklisted task, one starting with punctuation and a too-short one;
    * ``truncate_instructions`` / ``truncate_instances``: answer with finish_reason "length".
    Answers depend only on the request body, so a resent request gets the same answer.
    """

    def __init__(self, *, per_list: int = 4, echo_seed: bool = True, junk: bool = True,
                 truncate_instructions: bool = False, truncate_instances: bool = False,
                 alpaca_per_batch: int = 6) -> None:
        self.per_list = per_list
        self.echo_seed = echo_seed
        self.junk = junk
        self.truncate_instructions = truncate_instructions
        self.truncate_instances = truncate_instances
        self.alpaca_per_batch = alpaca_per_batch

    def __call__(self, prompt: str, body: dict[str, Any]) -> str | Reply:
        key = body_key(body)
        zh = "任务" in prompt[:200] or "请" in prompt[:40]
        if prompt.rstrip().endswith(("Classification:", "是否分类：")):
            task = prompt.rstrip().rsplit("\n", 2)[-2]
            yes = any(w in task for w in ("Classify", "classify", "分类", "判断"))
            return ("是" if yes else "否") if zh else ("Yes" if yes else "No")
        if "###" in prompt and ("Instruction:" in prompt or "指令：" in prompt):
            return self._alpaca(prompt, key, zh)
        if re.search(r"(Task \d+:|任务\d+：)\s*$", prompt):
            return self._instructions(prompt, key, zh)
        return self._instances(prompt, key, zh)

    def _new(self, rng, zh: bool) -> str:
        if zh:
            return rng.choice(_ZH_FRAMES).format(t=rng.choice(_ZH_TOPICS), a=rng.choice(_ZH_AUDIENCES))
        v = rng.choice(_VERBS)
        return rng.choice(_FRAMES).format(v=v, lv=v.lower(), t=rng.choice(_TOPICS),
                                          a=rng.choice(_AUDIENCES))

    def _instructions(self, prompt: str, key: str, zh: bool) -> Reply:
        rng = _rng("instr", key)
        items = [self._new(rng, zh) for _ in range(self.per_list)]
        if self.echo_seed:
            m = re.search(r"(?:Task 1:|任务1：)\s*(.+)", prompt)
            if m:
                items.insert(1, m.group(1).strip())
        if self.junk:
            items += (["画一幅关于春天的图画。", "……请写一首诗", "翻译"] if zh else
                      ["Draw a picture of your favourite animal and describe it.",
                       "- Write a short story about a lighthouse keeper.", "Sing."])
        n0 = int(re.search(r"(\d+)[:：]\s*$", prompt).group(1))
        text = items[0] + "\n" + "".join(
            (f"任务{n0 + i}：{x}\n" if zh else f"Task {n0 + i}: {x}\n") for i, x in enumerate(items[1:], 1))
        if self.truncate_instructions:
            return Reply(text.rstrip() + (" 并且" if zh else " and then"), "length")
        return Reply(text)

    def _instances(self, prompt: str, key: str, zh: bool) -> Reply:
        rng = _rng("inst", key)
        cls = "is a classification task" in prompt[:300] or "是分类任务" in prompt[:100]
        lines = []
        for i in range(1, 3):
            word = rng.choice(_ZH_TOPICS if zh else _TOPICS)
            if zh:
                lines.append(f"示例{i}\n" + (f"类别：{'相关' if i == 1 else '无关'}\n输入：{word}的一段介绍。\n"
                                             if cls else f"输入：{word}\n输出：关于{word}的详细回答，第{i}条。\n"))
            else:
                lines.append(f"Example {i}\n" + (
                    f"Class label: {'Relevant' if i == 1 else 'Irrelevant'}\nInput: A note about {word}.\n"
                    if cls else f"Input: {word}\nOutput: A clear answer about {word}, number {i}.\n"))
        # A third example that repeats its input as output (gen.input_equals_output).
        lines.append("示例3\n输入：同样的文字\n输出：同样的文字\n" if zh else
                     "Example 3\nInput: same text\nOutput: same text\n")
        text = "".join(lines)
        if self.truncate_instances:
            return Reply(text + ("示例4\n输入：被截断的" if zh else "Example 4\nInput: cut off in the"),
                         "length")
        return Reply(text)

    def _alpaca(self, prompt: str, key: str, zh: bool) -> Reply:
        rng = _rng("alpaca", key)
        start = int(re.search(r"(\d+)\s*(?:to|到)", prompt.rsplit("###", 1)[-1]).group(1))
        blocks = []
        for i in range(self.alpaca_per_batch):
            n = start + i
            instr = self._new(rng, zh)
            inp, out = ("<noinput>", f"Answer {n}: " + instr.lower()) if i % 2 else \
                (rng.choice(_TOPICS), f"A worked answer number {n}.")
            if i == 2:
                out = ""  # empty output
            if i == 3:
                inp, out = "same words", "same words"
            blocks.append(f"###\n{n}. Instruction: {instr}\n{n}. Input:\n{inp}\n{n}. Output:\n{out}\n")
        return Reply("".join(blocks))


# ----------------------------------------------------------------------------- Evol-Instruct
_CONSTRAINTS = ["Use no more than 120 words.", "Include one concrete example from daily life.",
                "Explain each step of your reasoning.", "Compare it with one alternative.",
                "Write the answer as a numbered list.", "Mention one common mistake to avoid.",
                "Address the answer to a beginner.", "End with a one-sentence summary."]
_ZH_CONSTRAINTS = ["回答不超过一百五十字。", "举一个日常生活中的具体例子。", "请写出每一步的推理过程。",
                   "并与另一种做法进行比较。", "用编号列表的形式回答。", "指出一个常见的错误。",
                   "用初学者能听懂的话回答。", "最后用一句话总结。"]


class EvolScript:
    """Answers Evol-Instruct prompts deterministically (by request body), with every failure the
    elimination rules must catch:

    * evolution prompts: usually the original plus a new constraint (in-depth) or a new task
      (breadth); ``copy_every``-th: the answer repeats the prompt's scaffolding words; ``same_every``-th:
      the original unchanged (the judge then says Equal);
    * judge prompts: "Equal" when the two instructions are the same text, else "Different";
    * answers: a plain answer in the task's language, except by the instruction's hash a short
      refusal, an answer of only stop words, or (``wrong_lang``) one in the other language.
    """

    def __init__(self, *, copy_every: int = 5, same_every: int = 6, wrong_lang: bool = True) -> None:
        self.copy_every = copy_every
        self.same_every = same_every
        self.wrong_lang = wrong_lang

    def __call__(self, prompt: str, body: dict[str, Any]) -> str | Reply:
        key = body_key(body)
        rng = _rng("evol", key)
        zh = "#原指令#" in prompt or "第一条指令" in prompt
        if "#Original Instruction#:" in prompt or "#原指令#：" in prompt:
            return self._evolve(prompt, rng, zh)
        if "Equal or Different" in prompt or "相同 或 不同" in prompt:
            a, b = self._pair(prompt, zh)
            same = " ".join(a.split()) == " ".join(b.split())
            return ("相同" if same else "不同") if zh else ("Equal" if same else "Different")
        return self._answer(prompt, rng)

    def _evolve(self, prompt: str, rng, zh: bool) -> str:
        m = re.search(r"#(?:Original Instruction|原指令)#[:：]\n(.*?)\n\n#", prompt, re.DOTALL)
        original = m.group(1).strip() if m else ""
        roll = rng.randrange(30)
        if roll % self.copy_every == 0:
            return (f"#改写后的指令#：{original} 请参照#原指令#作答。" if zh else
                    f"#Rewritten Instruction#: {original} Answer as the #Original Instruction# says.")
        if roll % self.same_every == 1:
            return original
        if "#New Instruction#" in prompt or "#新指令#" in prompt:  # breadth
            return SelfInstructScript()._new(rng, zh)
        extra = rng.choice(_ZH_CONSTRAINTS if zh else _CONSTRAINTS)
        label = "#改写后的指令#：" if zh and rng.random() < 0.5 else (
            "#Rewritten Instruction#: " if rng.random() < 0.5 else "")
        return f"{label}{original}{'' if zh else ' '}{extra}"

    @staticmethod
    def _pair(prompt: str, zh: bool) -> tuple[str, str]:
        if zh:
            m = re.search(r"第一条指令：\n(.*?)\n\n第二条指令：\n(.*?)\n\n只用", prompt, re.DOTALL)
        else:
            m = re.search(r"First instruction:\n(.*?)\n\nSecond instruction:\n(.*?)\n\nAnswer", prompt, re.DOTALL)
        return (m.group(1), m.group(2)) if m else ("", "")

    def _answer(self, prompt: str, rng) -> str:
        zh = sum("\u4e00" <= ch <= "\u9fff" for ch in prompt) > len(prompt) * 0.3
        roll = int(hashlib.sha256(prompt.encode()).hexdigest()[:4], 16) % 8
        if roll == 0:
            return "抱歉，我无法回答这个问题。" if zh else "Sorry, I cannot help with that request."
        if roll == 1:
            return "的了。" if zh else "It is what it is, and so on."
        if roll == 2 and self.wrong_lang:
            zh = not zh
        word = rng.choice(_ZH_TOPICS if zh else _TOPICS)
        if zh:
            return (f"关于这个问题，可以从三个方面来看。首先要了解{word}的基本原理；其次要结合实际情况分析；"
                    f"最后总结经验，避免常见的错误。")
        return (f"There are three parts to a good answer here. First, understand how {word} works "
                f"in practice; second, apply it to the situation you face; finally, review the "
                f"result and avoid the usual mistakes.")


# ----------------------------------------------------------------------------- Magpie
_EN_QUERIES = ["How do I keep basil alive on a windowsill during winter?",
               "Can you explain why the sky turns red at sunset?",
               "What is a good weekly plan for learning to play the guitar as an adult?",
               "How should I prepare for my first job interview at a bank?",
               "Why do cats knead blankets with their paws?",
               "What are the pros and cons of renting versus buying a flat in a big city?",
               "How can I explain fractions to a nine-year-old?",
               "What should I pack for a three-day hike in autumn?"]
_ZH_QUERIES = ["冬天怎样在窗台上养好罗勒？", "为什么日落时天空会变红？", "成年人学吉他，每周应该怎么安排练习？",
               "第一次去银行面试需要做哪些准备？", "猫为什么喜欢用爪子踩毯子？", "在大城市租房和买房各有什么利弊？",
               "怎样给九岁的孩子讲清楚分数？", "秋天徒步三天需要带哪些东西？"]


class MagpieScript:
    """A chat model answering Magpie: a raw completion of a pre-query prefix gets a user query (in
    Chinese when the prefix's system turn says 中文), followed by the end-of-turn marker and the
    model running on into an assistant turn (the client's stop strings must cut it); chat requests
    get an answer. Defects by the request's hash: the same query again (a duplicate), a query in the
    other language, a too-short one, a blacklisted one, an empty completion; refusals as answers."""

    def __call__(self, prompt: str, body: dict[str, Any]) -> str | Reply:
        key = body_key(body)
        rng = _rng("magpie", key)
        if "prompt" in body:
            zh = "中文" in prompt
            roll = rng.randrange(12)
            if roll in (0, 5):
                q = (_ZH_QUERIES if zh else _EN_QUERIES)[0]          # the same query again
            elif roll == 1:
                q = rng.choice(_EN_QUERIES if zh else _ZH_QUERIES)    # other language
            elif roll == 2:
                q = "你好" if zh else "Hi there"                      # too short
            elif roll == 3:
                q = "画一幅关于春天的画。" if zh else "Draw a picture of a lighthouse at night."
            elif roll == 4:
                return Reply("")
            else:
                q = SelfInstructScript()._new(rng, zh)
            end = "<|im_end|>" if "<|im_start|>" in prompt else "<|eot_id|>"
            return Reply(f"{q}{end}\n<|im_start|>assistant\nSure! Here is an answer.", "stop")
        zh = sum("\u4e00" <= ch <= "\u9fff" for ch in prompt) > len(prompt) * 0.3
        if int(hashlib.sha256(prompt.encode()).hexdigest()[:4], 16) % 4 == 0:
            return "抱歉，我不能帮助你。" if zh else "I'm sorry, but I can't help with that."
        return (f"这是一个好问题。先说结论：{prompt[:10]}的关键在于方法和坚持。然后分三步说明具体做法，每一步都给出例子。"
                if zh else
                f"Good question. In short, the key is method and patience. Here are three steps, "
                f"each with an example, that answer: {prompt[:40]}")
