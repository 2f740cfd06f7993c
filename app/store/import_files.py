"""Importing a file: a Paddock JSON export, ChatGPT's conversations.json, or its export .zip.

The file is read as a stream and each conversation is parsed and stored as it comes
(app/store/json_stream.py), all in one transaction: memory holds one conversation, not
the document. A zip may inflate to at most `MAX_INFLATION` times its compressed size
(never less than `MIN_INFLATION_LIMIT` bytes): a zip bomb stops with an ImportFormatError
that names the limit, and nothing is stored. An import that would store nothing new (an
empty file, or only conversations that could not be recovered) is an ImportFormatError,
never a success.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
import zlib
from pathlib import Path
from typing import IO, Any, Iterator, Optional, Union

from app.errors import QT_TRANSLATE_NOOP, AppError
from app.jobs import CancelToken, ProgressCallback
from app.store.database import Database
from app.store.errors import ImportFormatError
from app.store.export_json import check_paddock_header, parse_paddock_conversation
from app.store.import_chatgpt import parse_chatgpt_conversation
from app.store.importing import ImportedConversation, ImportResult, LeftOut, store_imported
from app.store.json_stream import JsonStreamError, document_events

# Real exports compress 5 to 20 times; far more means a crafted (or broken) zip.
MAX_INFLATION = 100
MIN_INFLATION_LIMIT = 16 * 1024 * 1024


def _neither() -> ImportFormatError:
    return ImportFormatError(
        QT_TRANSLATE_NOOP(
            "AppError",
            "This file is neither a Paddock export (JSON with \"format\": \"paddock.conversations\") "
            "nor ChatGPT's conversations.json.",
        )
    )


class _CappedReader(io.RawIOBase):
    """A binary stream that stops with ImportFormatError past `limit` bytes and turns
    read and inflate failures into ImportFormatErrors."""

    def __init__(self, raw: IO[bytes], path: Path, limit: Optional[int], compressed: int = 0) -> None:
        self._raw, self._path, self._limit, self._compressed = raw, path, limit, compressed
        self._read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            chunk = self._raw.read(len(buffer))
        except OSError as exc:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("AppError", "Cannot read {path}: {reason}."), path=self._path, reason=exc.strerror or exc
            ) from exc
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("AppError", "{path} is a damaged zip file: {reason}."), path=self._path, reason=exc
            ) from exc
        self._read += len(chunk)
        if self._limit is not None and self._read > self._limit:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "{path}: its conversations.json inflates to more than {limit:,} bytes, over "
                    "{times} times its {compressed:,} compressed bytes. No real export compresses "
                    "that well, so the import stopped and nothing was imported.",
                ),
                path=self._path,
                limit=self._limit,
                times=MAX_INFLATION,
                compressed=self._compressed,
            )
        buffer[: len(chunk)] = chunk
        return len(chunk)


@contextlib.contextmanager
def open_import_text(path: Path) -> Iterator[IO[str]]:
    """The JSON text of `path` (a .json file, or the conversations.json in a .zip), read
    lazily; ImportFormatError when it cannot be read."""
    path = Path(path)
    with contextlib.ExitStack() as stack:
        try:
            raw, limit, compressed = _open_raw(path, stack)
        except OSError as exc:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("AppError", "Cannot read {path}: {reason}."), path=path, reason=exc.strerror or exc
            ) from exc
        except (zipfile.BadZipFile, NotImplementedError) as exc:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("AppError", "{path} is a damaged zip file: {reason}."), path=path, reason=exc
            ) from exc
        yield io.TextIOWrapper(io.BufferedReader(_CappedReader(raw, path, limit, compressed)), encoding="utf-8-sig")


def _open_raw(path: Path, stack: contextlib.ExitStack) -> tuple[IO[bytes], Optional[int], int]:
    """(the bytes of the JSON, the most they may inflate to, their compressed size)."""
    if not zipfile.is_zipfile(path):
        return stack.enter_context(path.open("rb")), None, 0
    archive = stack.enter_context(zipfile.ZipFile(path))
    entries = [i for i in archive.infolist() if i.filename.rsplit("/", 1)[-1] == "conversations.json"]
    if not entries:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("AppError", "{path} is a zip file without a conversations.json inside."), path=path
        )
    if entries[0].flag_bits & 0x1:
        raise ImportFormatError(QT_TRANSLATE_NOOP("AppError", "{path} is an encrypted zip file; unpack it first."), path=path)
    compressed = entries[0].compress_size
    return stack.enter_context(archive.open(entries[0])), max(MIN_INFLATION_LIMIT, MAX_INFLATION * compressed), compressed


def _conversations(text: IO[str], kind: str) -> Iterator[Union[ImportedConversation, LeftOut]]:
    """The conversations of the document, parsed one at a time as the text is read."""
    events = document_events(text, list_key="conversations")
    shape = next(events)[0]
    detected = kind == "auto"
    if detected:
        kind = "chatgpt" if shape == "array" else "paddock"
    if (kind == "chatgpt") != (shape == "array"):
        if detected:
            raise _neither()
        if kind == "chatgpt":
            raise ImportFormatError(QT_TRANSLATE_NOOP("AppError", "This file is not ChatGPT's conversations.json."))
        raise ImportFormatError(QT_TRANSLATE_NOOP("AppError", "This file is not a Paddock export."))
    if kind == "chatgpt":
        for index, (_, _, raw) in enumerate(events):
            if detected and not (isinstance(raw, dict) and "mapping" in raw):
                raise _neither()
            yield parse_chatgpt_conversation(raw, index)
        return
    fields: dict[str, Any] = {}
    waiting: list[Any] = []  # conversations that came before "format" and "version"
    checked = False
    index = 0
    for event, key, value in events:
        if event == "key":
            fields[str(key)] = value
            continue
        if not checked and "format" in fields and "version" in fields:
            check_paddock_header(fields)
            checked = True
        if checked:
            yield parse_paddock_conversation(value, index)
            index += 1
        else:
            waiting.append(value)
    if "format" not in fields:
        raise _neither()
    check_paddock_header(fields)
    if "conversations" in fields and not isinstance(fields["conversations"], list):
        raise ImportFormatError(QT_TRANSLATE_NOOP("AppError", "file.conversations: should be a list of conversations."))
    for value in waiting:
        yield parse_paddock_conversation(value, index)
        index += 1


def _nothing_imported(path: Path, why: tuple[AppError, ...]) -> ImportFormatError:
    """Nothing could be imported: the first three reasons (whole sentences, each its own
    translatable error) and how many more there were."""
    if len(why) == 1:
        return ImportFormatError(
            QT_TRANSLATE_NOOP("AppError", "Nothing in {path} could be imported: {first}."), path=path, first=why[0]
        )
    if len(why) == 2:
        return ImportFormatError(
            QT_TRANSLATE_NOOP("AppError", "Nothing in {path} could be imported: {first}; {second}."),
            path=path,
            first=why[0],
            second=why[1],
        )
    if len(why) == 3:
        return ImportFormatError(
            QT_TRANSLATE_NOOP("AppError", "Nothing in {path} could be imported: {first}; {second}; {third}."),
            path=path,
            first=why[0],
            second=why[1],
            third=why[2],
        )
    return ImportFormatError(
        QT_TRANSLATE_NOOP("AppError", "Nothing in {path} could be imported: {first}; {second}; {third} (and {more} more)."),
        path=path,
        first=why[0],
        second=why[1],
        third=why[2],
        more=len(why) - 3,
    )


def import_file(db: Database, path: Path, kind: str = "auto", *, progress: Optional[ProgressCallback] = None,
                cancel: Optional[CancelToken] = None) -> ImportResult:
    """Import `path` ("auto", "paddock" or "chatgpt") in one transaction; see the module
    docstring for the limits and for what counts as a failure."""
    with open_import_text(path) as text:
        try:
            result = store_imported(db, _conversations(text, kind), progress=progress, cancel=cancel)
        except JsonStreamError as exc:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("AppError", "{path} cannot be read as JSON: {reason}."), path=path, reason=exc
            ) from None
    if result.imported == 0 and result.skipped == 0:
        if not result.left_out:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("AppError", "{path} holds no conversations: nothing was imported."), path=path
            )
        raise _nothing_imported(path, result.left_out_errors)
    return result
