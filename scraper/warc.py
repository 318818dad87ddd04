"""Raw pages kept as WARC (ISO 28500, WARC/1.1): what was fetched, byte for byte.

Sites delete and edit pages; the extraction improves. Keeping every response lets a
researcher show where a record came from and rebuild records offline
(``newsarchive reextract``). Each exchange is written as three records, each its own
gzip member so it can be read alone from its offset: the ``response`` (status line,
headers, body), the ``request`` that got it, and a ``metadata`` record (JSON) with what
the crawl knew when it read the page: the site, discovery's hints and the fetch time,
which is all ``read_page`` needs besides the page itself.

Files rotate by size and are named ``PREFIX-TIMESTAMP-SERIAL-HOST-PID.warc.gz`` (the
IIPC convention, plus the process id: several workers may share a directory). A file
is ``….warc.gz.open`` while written; a file left open by a killed crawl is cut back to
its last complete record and closed by the next writer in that directory. Payloads
are stored as the crawler received them after content decoding (gzip/br removed, so
``Content-Encoding`` is dropped and ``Content-Length`` is the stored body's length).

Knows no Scrapy and no SQL; ``spiders.middlewares.KeepRawPages`` feeds it.
"""

from __future__ import annotations

import fcntl
import io
import json
import os
import re
import socket
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

# zlib-ng writes the same gzip at the same level and size as zlib in half the CPU (a
# 72 KB page: 0.56 ms instead of 1.16 ms); the workers gzip every response.
from zlib_ng import zlib_ng as _deflate

DEFAULT_MAX_BYTES = 1_000_000_000  # Heritrix's default file size
DEFAULT_GZIP_LEVEL = 6
# Headers that describe the transfer, not the stored payload (which is decoded).
_TRANSFER_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}
OPEN_SUFFIX = ".open"


@dataclass(frozen=True)
class Exchange:
    """One HTTP request and its response, as the crawler saw them."""

    url: str
    status: int
    response_headers: list[tuple[str, str]]
    body: bytes
    request_headers: list[tuple[str, str]]
    method: str = "GET"
    fetched_at: str = ""  # ISO 8601, UTC
    ip_address: str | None = None
    # What the crawl knew when it read the page: site, hints (JSON-able).
    context: dict | None = None

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.response_headers if k.lower() == name), None)


@dataclass(frozen=True)
class RawPointer:
    """Where an exchange's records are: file name (within the WARC directory), the
    offset of its response record and the length of its records together."""

    file: str
    offset: int
    length: int


def default_warc_dir(db_path: str | Path) -> Path:
    """The WARC directory beside an archive: ``data/archive.db`` -> ``data/archive-warc``."""
    db = Path(db_path)
    return db.with_name(db.stem + "-warc")


def _gzip_member(data: bytes, level: int) -> bytes:
    compressor = _deflate.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    return compressor.compress(data) + compressor.flush()


def _record_bytes(writer_out: io.BytesIO, writer: WARCWriter, record) -> bytes:
    writer_out.seek(0)
    writer_out.truncate()
    writer.write_record(record)
    return writer_out.getvalue()


def exchange_records(exchange: Exchange, level: int = DEFAULT_GZIP_LEVEL) -> bytes:
    """The exchange as three gzip members: response, request, metadata."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False, warc_version="1.1")
    when = datetime.fromisoformat(exchange.fetched_at) if exchange.fetched_at else None
    when = when or datetime.now(timezone.utc)
    warc_date = datetime_to_iso_date(when.astimezone(timezone.utc).replace(tzinfo=None), True)
    try:
        reason = HTTPStatus(exchange.status).phrase
    except ValueError:
        reason = "Unknown"
    headers = [(k, v) for k, v in exchange.response_headers if k.lower() not in _TRANSFER_HEADERS]
    headers.append(("Content-Length", str(len(exchange.body))))
    http = StatusAndHeaders(f"{exchange.status} {reason}", headers, protocol="HTTP/1.1")
    warc_headers = {"WARC-Date": warc_date}
    if exchange.ip_address:
        warc_headers["WARC-IP-Address"] = exchange.ip_address
    response = writer.create_warc_record(
        exchange.url,
        "response",
        payload=io.BytesIO(exchange.body),
        length=len(exchange.body),
        http_headers=http,
        warc_headers_dict=warc_headers,
    )
    response_id = response.rec_headers.get_header("WARC-Record-ID")
    parts = urlsplit(exchange.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    request_headers = list(exchange.request_headers)
    if not any(k.lower() == "host" for k, _ in request_headers):
        request_headers.insert(0, ("Host", parts.netloc))
    request = writer.create_warc_record(
        exchange.url,
        "request",
        http_headers=StatusAndHeaders(
            f"{exchange.method} {target} HTTP/1.1", request_headers, is_http_request=True
        ),
        warc_headers_dict={"WARC-Date": warc_date, "WARC-Concurrent-To": response_id},
    )
    context = json.dumps(exchange.context or {}, ensure_ascii=False, sort_keys=True).encode()
    metadata = writer.create_warc_record(
        exchange.url,
        "metadata",
        payload=io.BytesIO(context),
        length=len(context),
        warc_content_type="application/json",
        warc_headers_dict={"WARC-Date": warc_date, "WARC-Concurrent-To": response_id},
    )
    return b"".join(
        _gzip_member(_record_bytes(out, writer, record), level)
        for record in (response, request, metadata)
    )


class WarcFiles:
    """Appends exchanges to size-rotated WARC files in one directory.

    Every append is one unbuffered write, so what a caller was told is stored (and
    then commits to the archive) survives the process being killed.
    """

    def __init__(
        self,
        directory: str | Path,
        prefix: str = "newsarchive",
        max_bytes: int = DEFAULT_MAX_BYTES,
        level: int = DEFAULT_GZIP_LEVEL,
        info: dict | None = None,
    ):
        self.directory = Path(directory)
        self.prefix = prefix
        self.max_bytes = max_bytes
        self.level = level
        self.info = info or {}
        self.serial = 0
        self.records = 0
        self.bytes_written = 0
        self.files: list[str] = []
        self._file = None
        self._name = ""
        self._size = 0

    def open(self) -> list[str]:
        """Create the directory; close files a killed writer left open. Returns those."""
        self.directory.mkdir(parents=True, exist_ok=True)
        return repair_open_files(self.directory)

    def append(self, exchange: Exchange) -> RawPointer:
        return self.append_records(exchange_records(exchange, self.level))

    def append_records(self, data: bytes) -> RawPointer:
        """Append one exchange's records as ``exchange_records`` built them."""
        if self._file is None or self._size >= self.max_bytes:
            self._rotate()
        assert self._file is not None
        offset = self._size
        self._file.write(data)
        self._size += len(data)
        self.records += 1
        self.bytes_written += len(data)
        return RawPointer(self._name, offset, len(data))

    def close(self) -> None:
        if self._file is not None:
            self._finish()

    def _rotate(self) -> None:
        if self._file is not None:
            self._finish()
        self.serial += 1
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S%f")[:17]
        host = socket.gethostname().split(".")[0] or "localhost"
        self._name = f"{self.prefix}-{stamp}-{self.serial:05d}-{host}-{os.getpid()}.warc.gz"
        path = self.directory / (self._name + OPEN_SUFFIX)
        self._file = open(path, "ab", buffering=0)  # noqa: SIM115 - kept open across appends
        # Held while written: a writer repairing this directory leaves it alone.
        fcntl.flock(self._file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        out = io.BytesIO()
        writer = WARCWriter(out, gzip=False, warc_version="1.1")
        fields = {"software": "newsarchive (warcio)", "format": "WARC File Format 1.1"}
        fields.update({"hostname": host, **self.info})
        record = writer.create_warcinfo_record(self._name, fields)
        data = _gzip_member(_record_bytes(out, writer, record), self.level)
        self._file.write(data)
        self._size = len(data)
        self.files.append(self._name)

    def _finish(self) -> None:
        assert self._file is not None
        os.fsync(self._file.fileno())
        self._file.close()
        self._file = None
        os.replace(self.directory / (self._name + OPEN_SUFFIX), self.directory / self._name)


def complete_length(path: Path) -> int:
    """How many leading bytes of a gzip-per-record WARC file are complete members."""
    data = path.read_bytes()
    good = 0
    while good < len(data):
        decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            decompressor.decompress(data[good:])
        except zlib.error:
            break
        if not decompressor.eof:
            break  # cut off mid-member
        good = len(data) - len(decompressor.unused_data)
    return good


def repair_open_files(directory: Path) -> list[str]:
    """Close the ``.open`` files no live writer holds: cut each back to its last
    complete record and drop the suffix. Returns the names of the files closed."""
    closed = []
    for path in sorted(directory.glob("*.warc.gz" + OPEN_SUFFIX)):
        with open(path, "r+b") as f:
            try:
                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # another process is writing it
            f.truncate(complete_length(path))
            final = path.with_name(path.name[: -len(OPEN_SUFFIX)])
            os.replace(path, final)
            closed.append(final.name)
    return closed


@dataclass
class StoredPage:
    """A kept exchange read back: enough to read the page again as the crawl did."""

    url: str
    status: int
    content_type: str | None
    body: bytes
    context: dict


def read_raw_page(directory: str | Path, pointer: RawPointer) -> StoredPage:
    """The exchange at ``pointer`` (raises FileNotFoundError, ValueError when damaged)."""
    path = Path(directory) / pointer.file
    if not path.exists() and (Path(directory) / (pointer.file + OPEN_SUFFIX)).exists():
        path = Path(directory) / (pointer.file + OPEN_SUFFIX)
    with open(path, "rb") as f:
        f.seek(pointer.offset)
        chunk = f.read(pointer.length)
    page: StoredPage | None = None
    for record in ArchiveIterator(io.BytesIO(chunk)):
        if record.rec_type == "response" and page is None:
            http = record.http_headers
            page = StoredPage(
                url=record.rec_headers.get_header("WARC-Target-URI"),
                status=int(http.get_statuscode()),
                content_type=http.get_header("Content-Type"),
                body=record.content_stream().read(),
                context={},
            )
        elif record.rec_type == "metadata" and page is not None:
            page.context = json.loads(record.content_stream().read() or b"{}")
    if page is None:
        raise ValueError(f"no response record at {pointer.file}:{pointer.offset}")
    return page


# A file's name as ``WarcFiles`` gives it: the writer's files differ in stamp and serial.
_FILE_NAME = re.compile(
    r"^(?P<prefix>.+)-(?P<stamp>\d{17})-(?P<serial>\d{5})-(?P<writer>.+\.warc\.gz)$"
)


def response_pointers(path: str | Path) -> dict[str, list[tuple[RawPointer, int]]]:
    """Every response record of one WARC file by its target URL, in file order: where its
    exchange starts and how long it is (the response with the request and metadata
    records concurrent to it), as ``WarcFiles.append`` returned it to the crawl, and
    its HTTP status."""
    path = Path(path)
    name = path.name.removesuffix(OPEN_SUFFIX)
    found: dict[str, list[tuple[RawPointer, int]]] = {}
    current: tuple[str, str, int, int] | None = None  # url, record id, offset, status
    end = 0

    def close() -> None:
        if current is not None:
            url, _, offset, status = current
            found.setdefault(url, []).append((RawPointer(name, offset, end - offset), status))

    with open(path, "rb") as f:
        records = ArchiveIterator(f)
        for record in records:
            headers = record.rec_headers
            kind = record.rec_type
            status = 0
            if kind == "response" and record.http_headers is not None:
                status = int(record.http_headers.get_statuscode() or 0)
            records.read_to_end(record)
            offset, length = records.get_record_offset(), records.get_record_length()
            if kind == "response":
                close()
                url = headers.get_header("WARC-Target-URI") or ""
                current = (url, headers.get_header("WARC-Record-ID") or "", offset, status)
                end = offset + length
            elif current is not None and headers.get_header("WARC-Concurrent-To") == current[1]:
                end = offset + length
            else:
                close()
                current = None
    close()
    return found


class ResponseIndex:
    """The responses a crawl kept, found by URL: for the later pages of an article split
    over pages (``scraper.extract.paging``), whose place no article row holds (the
    article points at page 1's exchange only; its later pages' URLs are aliases).

    The crawl fetches the later pages right after page 1 and its writer appends them to
    the same file, or, if the file rotated meanwhile, to that writer's next file
    (``WarcFiles``): so a later page is a response for its URL after page 1's exchange
    in page 1's file, else in the next file. Every attempt is kept, a 503 that was
    retried too, and the crawl read the one that answered: the first 200, else the
    first answer (which ended its walk). Each file is read once, when first asked
    about (a whole file is read: seconds a gigabyte).
    """

    def __init__(self) -> None:
        self._files: dict[Path, dict[str, list[tuple[RawPointer, int]]]] = {}
        self._names: dict[Path, list[str]] = {}

    def after(
        self, url: str, first: RawPointer, folder: str | Path
    ) -> tuple[Path, RawPointer] | None:
        """The exchange of ``url`` fetched after ``first`` (page 1's, in ``folder``)."""
        folder = Path(folder)
        answers: list[tuple[RawPointer, int]] = []
        for file, offset in ((first.file, first.offset), (self._next_file(first.file, folder), -1)):
            if file is None:
                continue
            kept = self._pointers(folder, file).get(url, ())
            answers += [(p, status) for p, status in kept if p.offset > offset]
        if not answers:
            return None
        pointer = next((p for p, status in answers if status == 200), answers[0][0])
        return folder, pointer

    def _pointers(self, folder: Path, file: str) -> dict[str, list[tuple[RawPointer, int]]]:
        key = folder / file
        if key not in self._files:
            path = key if key.exists() else folder / (file + OPEN_SUFFIX)
            try:
                self._files[key] = response_pointers(path)
            except (OSError, ValueError):
                self._files[key] = {}  # gone or damaged: its pages are not found
        return self._files[key]

    def _next_file(self, file: str, folder: Path) -> str | None:
        """The file the writer of ``file`` wrote next (serial + 1), if it is there.

        A writer is named by host and process id, which a later crawl can have again (a
        container's crawl often gets the same pid every night), and its serials start
        at 1 again: so the next file is the writer's next one in time, and only if its
        serial follows, never a later night's file of the same number."""
        named = _FILE_NAME.match(file)
        if named is None:
            return None
        if folder not in self._names:
            try:
                self._names[folder] = sorted(
                    entry.name.removesuffix(OPEN_SUFFIX) for entry in os.scandir(folder)
                )
            except OSError:
                self._names[folder] = []
        same_writer = []
        for name in self._names[folder]:
            other = _FILE_NAME.match(name)
            if other and (other["prefix"], other["writer"]) == (named["prefix"], named["writer"]):
                same_writer.append((other["stamp"], int(other["serial"]), name))
        later = sorted(f for f in same_writer if f[:2] > (named["stamp"], int(named["serial"])))
        if later and later[0][1] == int(named["serial"]) + 1:
            return later[0][2]
        return None
