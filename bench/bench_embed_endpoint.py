"""Endpoint embedding throughput vs concurrency, against a local server with a fixed latency.

    python bench/bench_embed_endpoint.py --n 2048 --latency 0.05 --batch-size 32

The server (tests/helpers/embeddings_server.py) runs in its own process and answers every request
after ``--latency`` seconds, like a remote model whose time per batch is fixed; the client
(curate.models.embed_openai) sends ``--n`` real Alpaca instructions in batches of ``--batch-size``
at concurrency 1, 2, 4, 8, 16, 32, with the cache off, and prints texts/s and the ratio to
concurrency 1 measured in the same run. With a fixed latency the ideal is linear until the server's
or the client's own work (JSON of 256-d vectors, two shared cores) is the limit.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=2048)
    ap.add_argument("--latency", type=float, default=0.05)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--levels", default="1,2,4,8,16,32")
    args = ap.parse_args()

    from curate.models.embed import make_embedder

    data = json.loads((DATA / "alpaca_original_sample_30000_34999.json").read_text(encoding="utf-8"))
    texts = [(r["instruction"] + "\n" + r["input"]).strip() for r in data][: args.n]
    srv = subprocess.Popen([sys.executable, "-m", "tests.helpers.embeddings_server", "--latency",
                            str(args.latency)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                           text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        port = int(srv.stdout.readline().split()[1])
        url = f"http://127.0.0.1:{port}/v1"
        print(f"{len(texts)} texts, batch {args.batch_size}, server latency {args.latency * 1000:.0f} ms "
              f"per request ({-(-len(texts) // args.batch_size)} requests); load average "
              f"{os.getloadavg()[0]:.1f}")
        base = None
        for c in [int(x) for x in args.levels.split(",")]:
            e = make_embedder({"spec": "openai:bench", "base_url": url, "concurrency": c,
                               "batch_size": args.batch_size, "cache": False}, progress=False)
            t0 = time.perf_counter()
            v = e.embed(texts)
            dt = time.perf_counter() - t0
            assert v.shape[0] == len(texts) and e.stats["embedded"] == len(set(texts))
            rate = len(texts) / dt
            base = base or rate
            ideal = min(c, -(-len(texts) // args.batch_size))
            print(f"concurrency {c:>3}: {dt:6.2f} s  {rate:8,.0f} texts/s  x{rate / base:5.2f} vs "
                  f"concurrency 1 (ideal x{ideal})")
    finally:
        srv.stdin.close()
        srv.wait(timeout=10)


if __name__ == "__main__":
    main()
