"""Compressed inputs are read to their verified end: gzip CRC + length, zstd checksum + content size,
multi-member/multi-frame files, and a cut or damaged stream is never a partial read that looks whole.

The expected outcome of every cut is computed independently of curate's reader: the standard
library's zlib / zstandard decode the damaged bytes as far as they can, and the complete lines of
that decoded prefix are the records that must be kept with --on-error skip."""
import gzip
import io
import json
import random
import zlib

import pytest
import zstandard

import curate
from curate.io.readers import ReadFailure
from curate.io.streams import StreamError, VerifiedReader

ROWS = [{"instruction": f"Task {i}: say {i * 7919 % 1000} in words", "input": "" if i % 3 else f"ctx {i}",
         "output": f"answer number {i} " + "x" * (i % 40)} for i in range(3000)]
DATA = ("\n".join(json.dumps(r) for r in ROWS) + "\n").encode()


def gzip_members(data: bytes, parts: int) -> bytes:
    cuts = [0] + [data.rfind(b"\n", 0, len(data) * k // parts) + 1 for k in range(1, parts)] + [len(data)]
    return b"".join(gzip.compress(data[a:b], mtime=0) for a, b in zip(cuts, cuts[1:]))


def zstd_frames(data: bytes, parts: int, checksum: bool = True) -> bytes:
    c = zstandard.ZstdCompressor(write_checksum=checksum)
    cuts = [0] + [data.rfind(b"\n", 0, len(data) * k // parts) + 1 for k in range(1, parts)] + [len(data)]
    return b"".join(c.compress(data[a:b]) for a, b in zip(cuts, cuts[1:]))


def oracle_prefix(blob: bytes, codec: str) -> bytes:
    """What the libraries themselves decode from (possibly cut) bytes, member by member."""
    out = []
    while blob:
        d = zlib.decompressobj(wbits=31) if codec == "gzip" else zstandard.ZstdDecompressor().decompressobj()
        try:
            out.append(d.decompress(blob))
        except Exception:
            break
        if not d.eof:
            break
        blob = d.unused_data
    return b"".join(out)


def read_all(blob: bytes, codec: str, verify_first: bool = False) -> bytes:
    r = VerifiedReader(io.BytesIO(blob), codec, "x", verify_first)
    parts = []
    while True:
        part = r.read(1 << 16)
        if not part:
            return b"".join(parts)
        parts.append(part)


@pytest.mark.parametrize("codec,blob", [
    ("gzip", gzip.compress(DATA, mtime=0)), ("gzip", gzip_members(DATA, 4)),
    ("zstd", zstd_frames(DATA, 1)), ("zstd", zstd_frames(DATA, 5)), ("zstd", zstd_frames(DATA, 3, checksum=False))])
def test_whole_streams_read_exactly(codec, blob):
    assert read_all(blob, codec) == DATA
    assert read_all(blob, codec, verify_first=True) == DATA


@pytest.mark.parametrize("codec,blob", [
    ("gzip", gzip.compress(DATA, mtime=0)), ("gzip", gzip_members(DATA, 4)),
    ("zstd", zstd_frames(DATA, 1)), ("zstd", zstd_frames(DATA, 5))])
def test_every_cut_raises_after_the_verified_prefix(codec, blob):
    rng = random.Random(7)
    for cut in sorted(rng.sample(range(1, len(blob)), 40)):
        short = blob[:cut]
        with pytest.raises(StreamError) as e:
            read_all(short, codec)
        assert e.value.kind in ("truncated", "corrupt")
        # with skip semantics the bytes released before the error are exactly what the library decodes
        r = VerifiedReader(io.BytesIO(short), codec, "x", verify_first=True)
        got = b""
        with pytest.raises(StreamError):
            while True:
                part = r.read(1 << 16)
                if not part:
                    break
                got += part
        assert got == oracle_prefix(short, codec)


def test_a_cut_at_a_member_boundary_is_still_whole_or_an_error():
    blob = gzip_members(DATA, 4)
    first = len(gzip.compress(DATA[:DATA.rfind(b"\n", 0, len(DATA) // 4) + 1], mtime=0))
    # exactly at the end of a member: a shorter but complete gzip file (nothing to detect)...
    assert read_all(blob[:first], "gzip") == DATA[:DATA.rfind(b"\n", 0, len(DATA) // 4) + 1]
    # ...one byte into the next member: that member is cut
    with pytest.raises(StreamError, match="truncated"):
        read_all(blob[:first + 1], "gzip")


@pytest.mark.parametrize("codec", ["gzip", "zstd"])
def test_flipped_bytes_fail_or_read_exactly(codec):
    blob = gzip.compress(DATA, mtime=0) if codec == "gzip" else zstd_frames(DATA, 3)
    rng = random.Random(11)
    outcomes = {"error": 0, "exact": 0}
    for pos in rng.sample(range(len(blob)), 60):
        bad = bytearray(blob)
        bad[pos] ^= 1 << rng.randrange(8)
        try:
            got = read_all(bytes(bad), codec)
        except StreamError as e:
            outcomes["error"] += 1
            assert 0 <= e.offset <= len(blob)
            continue
        assert got == DATA  # a harmless byte (gzip header time, OS): the data must be exactly right
        outcomes["exact"] += 1
    assert outcomes["error"] >= 50


def test_verify_first_never_releases_a_member_that_fails_its_checksum():
    blob = zstd_frames(DATA, 4)
    frame2 = len(zstd_frames(DATA, 4)) // 2  # somewhere in the middle frames
    bad = bytearray(blob)
    bad[frame2] ^= 0x10
    r = VerifiedReader(io.BytesIO(bytes(bad)), "zstd", "x", verify_first=True)
    got = b""
    with pytest.raises(StreamError) as e:
        while True:
            part = r.read(1 << 16)
            if not part:
                break
            got += part
    assert DATA.startswith(got)  # only verified frames were released, all of them exact
    assert e.value.kind == "corrupt" and e.value.offset <= frame2


def test_trailing_garbage_and_gzip_padding():
    blob = gzip.compress(DATA, mtime=0)
    assert read_all(blob + b"\0" * 512, "gzip") == DATA  # gzip(1) accepts NUL padding
    with pytest.raises(StreamError, match="not gzip data"):
        read_all(blob + b"junk after the member", "gzip")
    z = zstd_frames(DATA, 1)
    with pytest.raises(StreamError, match="corrupt"):
        read_all(z + b"\0\0\0\0", "zstd")
    skippable = b"\x50\x2a\x4d\x18" + (3).to_bytes(4, "little") + b"abc"
    assert read_all(skippable + z, "zstd") == DATA  # a skippable frame is part of the format


def test_truncated_files_through_the_reader(tmp_path):
    """The issue's case: a .jsonl.zst cut at 75% read 150,181 of 200,000 records with exit 0."""
    for name, blob in (("a.jsonl.zst", zstd_frames(DATA, 1)), ("b.jsonl.zst", zstd_frames(DATA, 3)),
                       ("c.jsonl.gz", gzip.compress(DATA, mtime=0)), ("d.json.gz", gzip.compress(
                           json.dumps(ROWS).encode(), mtime=0)), ("tiny.jsonl.zst", zstd_frames(DATA[:300], 1))):
        codec = "gzip" if name.endswith(".gz") else "zstd"
        cut = blob[:len(blob) * 3 // 4] if len(blob) > 100 else blob[:20]
        p = tmp_path / name
        p.write_bytes(cut)
        with pytest.raises(ReadFailure) as e:
            curate.read(p)
        msg = str(e.value)
        assert name in msg and "byte" in msg and "rows read before it" in msg and "\n" not in msg
        ds = curate.read(p, on_error="skip")
        assert ds.read + ds.split_extra == ds.records.height + len(ds.rejects)
        tail = ds.rejects[-1]
        assert tail["code"] == "read.truncated_stream" and tail["source"]["offset"] == len(cut)
        if name.startswith("d."):  # a JSON document: the elements before the cut are kept
            assert ds.records.height > 0 and tail["raw"]
            continue
        prefix = oracle_prefix(cut, codec)
        whole = prefix[:prefix.rfind(b"\n") + 1]
        assert ds.records["output"].to_list() == [r["output"] for r in ROWS[:whole.count(b"\n")]]
        assert tail["raw"] == prefix[len(whole):].decode()  # the cut line, as it was
