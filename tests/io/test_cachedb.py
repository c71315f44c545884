"""Teacher and embedding caches: damaged, truncated or foreign files give one clear error (never a
traceback, never a silent fresh start), --reset-cache moves them aside, and runs sharing a cache
lose no entries."""
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from curate.generate.cache import Completion, TeacherCache
from curate.io.cachedb import CacheError
from curate.models.embed import EmbeddingCache

ROOT = Path(__file__).resolve().parents[2]


def _healthy_teacher_cache(path: Path, n: int = 300) -> None:
    c = TeacherCache(path)
    for i in range(n):
        c.put(f"k{i}", teacher="openai", model="m", sample="0", params={"t": 0}, system=None,
              prompt=f"写一首关于第{i}个季节的诗 prompt {i} " * 5, completion=Completion(f"answer {i} " * 20))
    c.close()
    with sqlite3.connect(path) as con:  # fold the WAL into the file, as a finished run leaves it
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _damage(kind: str, path: Path) -> None:
    data = path.read_bytes()
    if kind == "truncated":
        path.write_bytes(data[:len(data) // 2])
    elif kind == "corrupt":
        bad = bytearray(data)
        for i in range(4096 + 100, len(bad), 997):  # scribble over every page after the first
            bad[i] ^= 0xFF
        path.write_bytes(bytes(bad))
    elif kind == "not_sqlite":
        path.write_text("this is a text file someone named cache.sqlite\n")
    elif kind == "wrong_schema":
        path.unlink()
        with sqlite3.connect(path) as con:
            con.execute("CREATE TABLE calls (key TEXT PRIMARY KEY, value TEXT)")


@pytest.mark.parametrize("kind", ["truncated", "corrupt", "not_sqlite", "wrong_schema"])
def test_damaged_teacher_cache_is_one_clear_error_then_reset(tmp_path, kind):
    path = tmp_path / "teacher.sqlite"
    _healthy_teacher_cache(path)
    _damage(kind, path)
    damaged = path.read_bytes()
    with pytest.raises(CacheError) as e:
        c = TeacherCache(path)
        len(c)  # a file that opens must still fail here, as a CacheError
    msg = str(e.value)
    assert str(path) in msg and "--reset-cache" in msg and "nothing was deleted" in msg and "\n" not in msg
    assert path.read_bytes() == damaged  # never silently discarded
    c = TeacherCache(path, reset=True)
    assert len(c) == 0
    c.close()
    moved = [p for p in tmp_path.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(moved) == 1 and moved[0].read_bytes() == damaged


def test_reset_leaves_a_healthy_cache_alone(tmp_path):
    path = tmp_path / "teacher.sqlite"
    _healthy_teacher_cache(path, 5)
    c = TeacherCache(path, reset=True)
    assert len(c) == 5 and c.get("k3").text.startswith("answer 3")
    c.close()


def test_damaged_embedding_cache(tmp_path):
    path = tmp_path / "emb.sqlite"
    c = EmbeddingCache(path)
    c.put([(bytes([i]) * 16, np.full(4, i, dtype=np.float32)) for i in range(200)])
    c.close()
    path.write_bytes(path.read_bytes()[:5000])
    with pytest.raises(CacheError, match="embedding cache .*--reset-cache"):
        EmbeddingCache(path)
    c = EmbeddingCache(path, reset=True)
    assert c.get([bytes([1]) * 16]) == {}
    c.close()


_WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from curate.generate.cache import Completion, TeacherCache
    c = TeacherCache({path!r})
    tag, start, stop = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    for i in range(start, stop):
        got = c.put(f"k{{i}}", teacher="t", model="m", sample="0", params={{}}, system=None, prompt="p",
                    completion=Completion(f"{{tag}} {{i}}"))
        print(got.text, flush=True)
""")


def test_two_runs_sharing_a_cache_lose_no_entries(tmp_path):
    """Two processes write overlapping keys at once: every key is stored once, the first answer stays,
    and each process is told the stored answer (so a rerun of either replays what it used)."""
    path = tmp_path / "shared.sqlite"
    TeacherCache(path).close()
    code = _WRITER.format(root=str(ROOT), path=str(path))
    a = subprocess.Popen([sys.executable, "-c", code, "A", "0", "400"], stdout=subprocess.PIPE, text=True)
    b = subprocess.Popen([sys.executable, "-c", code, "B", "200", "600"], stdout=subprocess.PIPE, text=True)
    out_a, out_b = a.communicate(timeout=120)[0].split("\n")[:-1], b.communicate(timeout=120)[0].split("\n")[:-1]
    assert a.returncode == b.returncode == 0
    c = TeacherCache(path)
    stored = {f"k{i}": c.get(f"k{i}").text for i in range(600)}
    assert len(c) == 600
    for i, text in zip(range(0, 400), out_a):
        assert stored[f"k{i}"] == text  # what run A went on with is what the cache holds
    for i, text in zip(range(200, 600), out_b):
        assert stored[f"k{i}"] == text
    assert {t.split()[0] for k, t in stored.items() if 200 <= int(k[1:]) < 400} <= {"A", "B"}


def test_cache_errors_reach_the_cli_as_one_line(tmp_path):
    """`curate generate` with a damaged --cache: exit 1, one line naming the file and --reset-cache."""
    from tests.helpers.openai_server import OpenAITestServer, SelfInstructScript

    path = tmp_path / "teacher.sqlite"
    _healthy_teacher_cache(path, 3)
    _damage("not_sqlite", path)
    with OpenAITestServer(SelfInstructScript()) as srv:
        env = dict(os.environ, PYTHONPATH=str(ROOT), OPENAI_API_KEY="test-key")
        args = [sys.executable, "-m", "curate", "generate", "--seeds", "general_en", "-n", "1", "-o",
                str(tmp_path / "gen.jsonl"), "--teacher", "openai", "--model", "m", "--base-url", srv.url,
                "--cache", str(path)]
        r = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120)
        assert r.returncode == 1 and "Traceback" not in r.stderr
        line = r.stderr.strip().splitlines()[-1]
        assert str(path) in line and "--reset-cache" in line
        r = subprocess.run(args + ["--reset-cache"], capture_output=True, text=True, env=env, timeout=120)
        assert r.returncode == 0 and "Traceback" not in r.stderr and "moved it to" in r.stderr
        assert (tmp_path / "gen.jsonl").exists()
