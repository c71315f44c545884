"""How the Ray engine sizes the pieces it cuts JSON Lines files into (no cluster needed)."""
from curate.engines.ray import MIN_CHUNK_BYTES, PIECES_PER_WORKER, balanced_chunk_bytes
from curate.io.chunks import DEFAULT_CHUNK_BYTES as CHUNK_BYTES
from curate.io.chunks import plan_chunks


def _file(tmp_path, n_lines, width=200):
    p = tmp_path / "in.jsonl"
    line = '{"instruction": "' + "x" * (width - 20) + '"}\n'
    p.write_text(line * n_lines, encoding="utf-8")
    return p


def test_small_inputs_get_enough_pieces_for_every_worker(tmp_path):
    p = _file(tmp_path, 200_000)  # ~40 MB: one 64 MiB piece
    assert len(plan_chunks(p, None, CHUNK_BYTES)) == 1
    size = balanced_chunk_bytes(plan_chunks(p, None, CHUNK_BYTES), workers=2, ceiling=CHUNK_BYTES)
    assert MIN_CHUNK_BYTES <= size < CHUNK_BYTES
    pieces = plan_chunks(p, None, size)
    assert len(pieces) >= 2 * PIECES_PER_WORKER - 1  # cut at line ends, so one may run short
    assert sum(c.end - c.start for c in pieces) == p.stat().st_size


def test_piece_size_stays_within_its_bounds(tmp_path):
    tiny = _file(tmp_path, 10)
    assert balanced_chunk_bytes(plan_chunks(tiny, None, CHUNK_BYTES), 8, CHUNK_BYTES) == MIN_CHUNK_BYTES
    assert balanced_chunk_bytes([], 2, CHUNK_BYTES) == MIN_CHUNK_BYTES
