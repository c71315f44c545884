"""Real logs written by others: the sixteen 2,000-line samples of loghub (https://github.com/logpai/loghub,
He et al., "Loghub: A Large Collection of System Log Datasets for AI-driven Log Analytics", ISSRE 2023;
free for research, cited here). Android, Apache, BGL, HDFS, HPC, Hadoop, HealthApp, Linux, Mac,
OpenSSH, OpenStack, Proxifier, Spark, Thunderbird, Windows, ZooKeeper: 32,000 lines, 4.4 MB, as the
systems wrote them. Not bundled (its licence asks users to fetch it from the repository): pass a
checkout, ``bench/bench_pii.py --loghub PATH``.

Hand labels (tests/data/labels/loghub_spans.jsonl, README_loghub.md), keyed by a value's SHA-1 so no
log value is copied into this repository:

* ``span`` rows: every distinct value (per file and type) that the logs profile redacted in pattern or
  full mode before and after the eighth session's log rules, judged one by one: ``tp`` (an address, an
  e-mail, a person's login) or ``fp`` (an HDFS block id read as a card, a process under ``name=``, a
  memory address under ``address``, a Windows component's version read as an address …). A span whose
  value has no row is reported as unlabelled: new behaviour to look at, never counted as right.
* ``pii`` rows: every personal value in 12 random lines per file (``random.Random(2026)``, 192
  lines), read by hand: recall.
"""
from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "labels" / "loghub_spans.jsonl"
FILES = ("Android", "Apache", "BGL", "HDFS", "HPC", "Hadoop", "HealthApp", "Linux", "Mac", "OpenSSH", "OpenStack",
         "Proxifier", "Spark", "Thunderbird", "Windows", "Zookeeper")
SAMPLE_SEED, SAMPLE_PER_FILE = 2026, 12


def load(path: str | Path) -> dict[str, list[str]]:
    """``{file name: lines}`` from a loghub checkout (``System/System_2k.log``) or a folder of the files."""
    base = Path(path)
    out = {}
    for name in FILES:
        for cand in (base / name / f"{name}_2k.log", base / f"{name}_2k.log"):
            if cand.is_file():
                out[cand.name] = cand.read_text(encoding="utf-8", errors="replace").splitlines()
                break
        else:
            raise FileNotFoundError(f"{name}_2k.log not found under {base} (a checkout of logpai/loghub)")
    return out


def sha(value: str) -> str:
    return hashlib.sha1(value.encode("utf-8")).hexdigest()[:12]


def labels() -> tuple[dict, list]:
    spans, pii = {}, []
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            if d["kind"] == "span":
                spans[(d["file"], d["type"], d["sha1_12"])] = d["label"]
            else:
                pii.append((d["file"], d["line"], d["type"], d["sha1_12"]))
    return spans, pii


def found_values(red, lines: list[str]) -> tuple[list[list[tuple[str, str]]], float]:
    """Per line the (type, value) pairs the logs path redacts, and the CPU seconds it took."""
    from curate.pii.logs import line_spans

    out: list[list[tuple[str, str]]] = []
    cpu = time.process_time()
    for i in range(0, len(lines), 1000):
        batch = lines[i:i + 1000]
        for text, spans in zip(batch, line_spans(batch, red)):
            vals = []
            for s in spans:
                if hasattr(s, "entity_type"):
                    vals.append((s.entity_type, text[s.start:s.end]))
                else:  # a URL-encoded value: the spans inside its decoded form
                    vals.extend((t.entity_type, s.decoded[t.start:t.end]) for t in s.spans)
            out.append(vals)
    return out, time.process_time() - cpu


def evaluate(red, logs: dict[str, list[str]]) -> dict:
    """Precision per type over every redacted value (occurrences), recall on the hand-read sample,
    and the CPU rate."""
    span_labels, pii = labels()
    found_values(red, ["Dear Ann Lee, 张三 13800138000 user=ann@example.com"] * 40)  # loads, outside the timing
    per_type: dict[str, Counter] = {}
    per_file: dict[str, Counter] = {}
    found: dict[tuple[str, int], set[str]] = {}
    cpu = 0.0
    size = 0
    for f, lines in logs.items():
        vals, sec = found_values(red, lines)
        cpu += sec
        size += sum(len(x.encode("utf-8")) + 1 for x in lines)
        for n, pairs in enumerate(vals):
            found[(f, n)] = {sha(v) for _, v in pairs}
            for ty, v in pairs:
                lab = span_labels.get((f, ty, sha(v)), "unlabelled")
                per_type.setdefault(ty, Counter())[lab] += 1
                per_file.setdefault(f, Counter())[ty] += 1
    hit = Counter()
    total = Counter()
    for f, n, ty, h in pii:
        total[ty] += 1
        hit[ty] += h in found.get((f, n), ())
    return {"per_type": per_type, "per_file": per_file, "recall": (hit, total), "mb": size / 1e6, "cpu": cpu}


def report(result: dict) -> str:
    rows = [f"{'type':<16}{'redacted':>9}{'tp':>7}{'fp':>7}{'unlab.':>7}{'prec.':>8}"]
    for ty in sorted(result["per_type"]):
        c = result["per_type"][ty]
        n = sum(c.values())
        judged = c["tp"] + c["fp"]
        rows.append(f"{ty:<16}{n:>9}{c['tp']:>7}{c['fp']:>7}{c['unlabelled']:>7}"
                    f"{(c['tp'] / judged if judged else float('nan')):>8.3f}")
    hit, total = result["recall"]
    rec = ", ".join(f"{ty} {hit[ty]}/{total[ty]}" for ty in sorted(total))
    rows.append(f"recall on the hand-read sample ({SAMPLE_PER_FILE} lines per file): {rec} "
                f"(all {sum(hit.values())}/{sum(total.values())})")
    rows.append(f"speed: {result['mb']:.2f} MB in {result['cpu']:.1f} s CPU = {result['mb'] / result['cpu']:.2f} MB/s per core")
    return "\n".join(rows)
