"""Compressed input read to its verified end: gzip members and zstd frames, one after another.

``gzip.GzipFile`` and ``zstandard``'s ``stream_reader`` return whatever decoded before a file ends:
a ``.jsonl.zst`` cut at 75% read 150,181 of 200,000 records with no error, and a small cut one read
as an empty file. This reader decodes member by member (``zlib`` checks each gzip member's CRC-32 and
length; ``zstandard`` checks each frame's checksum when the frame has one, and the frame's declared
content size is compared with what it decoded) and ends in exactly one of two ways: the last member
ended cleanly at the end of the file, or a :class:`StreamError` saying where (compressed byte offset)
and why: ``truncated`` (the file ends inside a member) or ``corrupt`` (a member fails to decode or to
verify, or bytes follow the last member that are not another member).

The error is *deferred*: ``read`` first returns every byte that decoded before the problem and
raises only when nothing is left, so a reader can still use the complete records before it.
``pending`` on the error holds the bytes released after the last newline (a record cut in half).

``verify_first=True`` (``--on-error skip``) holds each member back until it has verified, spooling
to a temporary file beyond 64 MiB: the data of a member whose checksum fails is never released, so
the records kept are exactly the verified ones. A file cut inside a member releases what decoded
before the cut (the stream ends, nothing decoded wrongly), and the error carries the rest.
"""
from __future__ import annotations

import collections
import io
import tempfile
import zlib
from pathlib import Path
from typing import Any, BinaryIO

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
FEED_BYTES = 256 << 10  # compressed bytes read per step: the resolution of a reported error offset
PIECE_BYTES = 1 << 20  # decoded bytes per gzip step; zstd gets 64 KiB of input per step (about as much)
ZSTD_STEP = 64 << 10
SPOOL_BYTES = 64 << 20  # verify-first: a member larger than this is held in a temporary file
PENDING_LIMIT = 64 << 20  # the cut record kept for the rejects is never longer than this


class StreamError(Exception):
    """A compressed stream that cannot be read to its end. ``kind``: truncated | corrupt."""

    def __init__(self, kind: str, codec: str, offset: int, size: int, detail: str, member_start: int = 0) -> None:
        self.kind, self.codec, self.size, self.detail = kind, codec, size, detail
        self.member_start = member_start
        # where the unreadable rest starts, in compressed bytes: the end of the file for a cut
        # stream, the damaged member (verify-first) or the piece that failed to decode
        self.offset = size if kind == "truncated" else offset
        self.pending = b""  # released bytes after the last newline: a record cut in half
        self.withheld = b""  # verify-first: decoded bytes of the member that failed (not released)
        self.decoded = 0  # decoded bytes released before the error
        super().__init__(self.describe())

    def describe(self) -> str:
        unit = "member" if self.codec == "gzip" else "frame"
        if self.kind == "truncated":
            return (f"the {self.codec} stream is truncated: the file ends at byte {self.size:,} inside a "
                    f"{unit} that starts at byte {self.member_start:,}")
        return (f"the {self.codec} stream is corrupt at compressed byte {self.offset:,} of {self.size:,} "
                f"({self.detail}; the {unit} starts at byte {self.member_start:,})")


def sniff_codec(head: bytes) -> str | None:
    if head[:2] == GZIP_MAGIC:
        return "gzip"
    if head[:4] == ZSTD_MAGIC or (len(head) >= 4 and 0x50 <= head[0] <= 0x5F and head[1:4] == b"\x2a\x4d\x18"):
        return "zstd"  # a data frame, or a skippable frame (magic 0x184D2A5?)
    return None


class _Member:
    """One gzip member or zstd frame being decoded."""

    def __init__(self, codec: str, first: bytes) -> None:
        self.codec = codec
        self.out = 0
        self.declared: int | None = None
        if codec == "gzip":
            self.dec: Any = zlib.decompressobj(wbits=31)  # gzip wrapper: CRC-32 and length checked
        else:
            import zstandard

            self.dec = zstandard.ZstdDecompressor().decompressobj()
            try:
                if first[:4] != ZSTD_MAGIC:  # a skippable frame decodes to nothing
                    raise zstandard.ZstdError("skippable")
                size = zstandard.get_frame_parameters(first).content_size
                self.declared = None if size >= (1 << 63) else size  # "unknown" is 2**64-1
            except zstandard.ZstdError:
                self.declared = None  # header not complete or not a data frame: the decoder decides

    def feed(self, data: bytes) -> bytes:
        # bounded output: one huge buffer per call is slower than a few MiB pieces (reallocations)
        out = self.dec.decompress(data, PIECE_BYTES) if self.codec == "gzip" else self.dec.decompress(data)
        self.out += len(out)
        return out

    @property
    def tail(self) -> bytes:
        """Input not consumed yet because the output was bounded (gzip)."""
        return self.dec.unconsumed_tail if self.codec == "gzip" else b""

    @property
    def eof(self) -> bool:
        return bool(self.dec.eof)

    @property
    def unused(self) -> bytes:
        return self.dec.unused_data


class VerifiedReader(io.RawIOBase):
    """A binary stream over a gzip or zstd file that either reaches its verified end or raises
    :class:`StreamError`. Readers use ``read(n)`` and ``readline()``; both return decoded data up to
    a problem first and raise on the next call."""

    def __init__(self, raw: BinaryIO, codec: str, path: str | Path = "", verify_first: bool = False) -> None:
        super().__init__()
        self.raw, self.codec, self.path = raw, codec, str(path)
        self.verify_first = verify_first
        try:
            self.size = raw.seek(0, io.SEEK_END)
            raw.seek(0)
        except (OSError, ValueError):  # pragma: no cover - a pipe
            self.size = -1
        self.offset = 0  # compressed bytes consumed
        self.members = 0
        self._member: _Member | None = None
        self._member_start = 0
        self._input = b""  # compressed bytes read but not yet fed
        self._chunks: collections.deque[bytes] = collections.deque()  # decoded, released, not yet returned
        self._avail = 0
        self._spool: Any = None  # verify-first: the current member's decoded bytes
        self._error: StreamError | None = None
        self._done = False
        self._tail = bytearray()  # returned bytes after the last newline
        self.released = 0  # decoded bytes returned to the reader

    # -- io plumbing ---------------------------------------------------------------------------
    def readable(self) -> bool:
        return True

    def close(self) -> None:
        if self._spool is not None:
            self._spool.close()
            self._spool = None
        self.raw.close()
        super().close()

    # -- decoding ------------------------------------------------------------------------------
    def _fail(self, kind: str, offset: int, detail: str) -> None:
        start = self._member_start if self._member is not None else offset
        if kind == "corrupt" and self.verify_first:
            offset = start  # nothing of the damaged member was released: the rest starts with it
        err = StreamError(kind, self.codec, offset, self.size if self.size >= 0 else self.offset, detail, start)
        if self._spool is not None:
            if kind == "truncated":  # nothing decoded wrongly: release what decoded before the cut
                self._release_spool()
            else:
                self._spool.seek(0)
                err.withheld = self._spool.read(PENDING_LIMIT)
                self._spool.close()
                self._spool = None
        self._error = err
        self._done = True

    def _emit(self, data: bytes) -> None:
        if not data:
            return
        if self.verify_first:
            if self._spool is None:
                self._spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
            self._spool.write(data)
        else:
            self._chunks.append(data)
            self._avail += len(data)

    def _release_spool(self) -> None:
        if self._spool is not None:
            self._spool.seek(0)
            for piece in iter(lambda: self._spool.read(PIECE_BYTES), b""):
                self._chunks.append(piece)
                self._avail += len(piece)
            self._spool.close()
            self._spool = None

    def _step(self) -> None:
        """Decode one more piece of input (or finish): adds decoded bytes, or sets the error or the end."""
        if not self._input:
            self._input = self.raw.read(FEED_BYTES)
            if not self._input:  # end of file
                if self._member is not None:
                    self._fail("truncated", self._member_start, "ends inside a member")
                elif self.members == 0:
                    self._fail("truncated", 0, "no complete member")
                else:
                    self._done = True
                return
        if self.codec == "zstd" and self._member is not None and len(self._input) > ZSTD_STEP:
            data, self._input = self._input[:ZSTD_STEP], self._input[ZSTD_STEP:]
        else:
            data, self._input = self._input, b""
        if self._member is None:
            if self.members and self.codec == "gzip" and not data.strip(b"\x00"):
                # gzip(1) tolerates NUL padding after the last member; so do we (it holds no data)
                self.offset += len(data)
                return
            if len(data) < 18 and self.raw is not None:  # make sure the header is complete for sniffing
                more = self.raw.read(FEED_BYTES)
                data += more
            if sniff_codec(data) != self.codec:
                magic = GZIP_MAGIC if self.codec == "gzip" else ZSTD_MAGIC
                if len(data) < len(magic) and magic.startswith(data):
                    self._fail("truncated", self.offset, "ends inside a member header")
                    return
                where = f"after the last {'member' if self.codec == 'gzip' else 'frame'}" if self.members else "here"
                self._fail("corrupt", self.offset, f"the bytes {where} are not {self.codec} data")
                return
            self._member = _Member(self.codec, data)
            self._member_start = self.offset
        m = self._member
        try:
            out = m.feed(data)
        except Exception as e:  # zlib.error, zstandard.ZstdError: the data does not decode or verify
            self._fail("corrupt", self.offset, _clean(e))  # offset: the piece that failed
            return
        if m.eof:
            used = len(data) - len(m.unused)
            self.offset += used
            self._input = m.unused
            if m.declared is not None and m.out != m.declared:
                self._fail("corrupt", self._member_start,
                           f"the frame declares {m.declared:,} bytes and decoded {m.out:,}")
                return
            self._member = None
            self.members += 1
            self._emit(out)
            self._release_spool()
        else:
            rest = m.tail
            self.offset += len(data) - len(rest)
            self._input = rest + self._input
            self._emit(out)

    def _fill(self, want: int) -> None:
        while self._avail < want and not self._done:
            self._step()

    # -- reading -------------------------------------------------------------------------------
    def _take(self, n: int) -> bytes:
        parts, need = [], n
        while need and self._chunks:
            c = self._chunks[0]
            if len(c) <= need:
                parts.append(self._chunks.popleft())
                need -= len(c)
            else:
                parts.append(c[:need])
                self._chunks[0] = c[need:]
                need = 0
        data = parts[0] if len(parts) == 1 else b"".join(parts)
        self._avail -= len(data)
        self.released += len(data)
        cut = data.rfind(b"\n")
        if cut >= 0:
            self._tail = bytearray(data[cut + 1:])
        elif len(self._tail) < PENDING_LIMIT:
            self._tail += data
        return data

    def _raise(self) -> None:
        err = self._error
        assert err is not None
        err.pending = bytes(self._tail[:PENDING_LIMIT])
        err.decoded = self.released
        raise err

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            while not self._done:
                self._step()
            n = self._avail
        else:
            self._fill(n)
        if not self._avail and self._error is not None:
            self._raise()
        return self._take(min(n, self._avail))

    def readinto(self, b: Any) -> int:
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, limit: int = -1) -> bytes:
        """One line; a line the stream cuts in half is not returned: the error is raised instead."""
        scanned, before = 0, 0  # chunks already searched, and their bytes
        while True:
            while scanned < len(self._chunks):
                c = self._chunks[scanned]
                i = c.find(b"\n")
                if i >= 0:
                    return self._take(before + i + 1)
                before += len(c)
                scanned += 1
            if self._done:
                if self._error is not None:
                    for c in self._chunks:  # the cut line belongs to the error
                        self._tail += c
                    self._chunks.clear()
                    self._avail = 0
                    self._raise()
                return self._take(self._avail)
            self._step()


def _clean(e: Exception) -> str:
    msg = str(e) or type(e).__name__
    return msg.removeprefix("zstd decompressor error: ").removeprefix("Error -3 while decompressing data: ")


def open_input(path: str | Path, verify_first: bool = False) -> BinaryIO:
    """The file's bytes: decoded through :class:`VerifiedReader` when it starts with a gzip or zstd
    magic number (whatever its name), else the file itself."""
    f = open(path, "rb")
    head = f.read(4)
    f.seek(0)
    codec = sniff_codec(head)
    if codec is None:
        return f
    return VerifiedReader(f, codec, path, verify_first)  # type: ignore[return-value]
