"""A request's body as named documents, read into memory within the limits, never onto disk.

A body is either one document (any content type but multipart: YAML, JSON, JSON Lines,
Parquet…), or ``multipart/form-data`` with one file per part, so that several files are
checked as one batch (``curl -F file=@a.yaml -F file=@b.yaml``). Multipart is parsed here
with python-multipart's streaming parser, because the usual form readers spool large parts
to temporary files.
"""

from __future__ import annotations

from dataclasses import dataclass


class BodyError(Exception):
    """A body refused as a whole: its HTTP status, a code, and what to do instead."""

    def __init__(self, status: int, code: str, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.hint = status, code, message, hint


@dataclass(frozen=True)
class Part:
    """One document of a request: the name it is reported under, and its bytes."""

    name: str
    data: bytes


def _safe_name(name: str, number: int) -> str:
    """An upload's file name as shown in findings: no folders, no control characters."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable())[:200].strip()
    return name or f"<upload {number}>"


def parts_of(body: bytes, content_type: str, name: str | None, max_files: int) -> list[Part]:
    """The documents of a body; `name` names a single document (from ``?name=``)."""
    from python_multipart.multipart import parse_options_header

    kind, params = parse_options_header(content_type or "")
    if kind != b"multipart/form-data":
        return [Part(_safe_name(name, 1) if name else "<request body>", body)]
    boundary = params.get(b"boundary")
    if not boundary:
        raise BodyError(400, "bad-multipart", "the multipart body has no boundary",
                        "Let your HTTP client build the multipart body (curl -F file=@record.yaml).")
    return _multipart(body, boundary, max_files)


def _multipart(body: bytes, boundary: bytes, max_files: int) -> list[Part]:
    from python_multipart.exceptions import MultipartParseError
    from python_multipart.multipart import MultipartParser, parse_options_header

    parts: list[Part] = []
    state: dict[str, bytes] = {}
    header_field = bytearray()
    header_value = bytearray()
    data = bytearray()

    def on_part_begin() -> None:
        state.clear()
        data.clear()

    def on_header_field(chunk: bytes, start: int, end: int) -> None:
        header_field.extend(chunk[start:end])

    def on_header_value(chunk: bytes, start: int, end: int) -> None:
        header_value.extend(chunk[start:end])

    def on_header_end() -> None:
        state[bytes(header_field).lower().decode("latin-1")] = bytes(header_value)
        header_field.clear()
        header_value.clear()

    def on_part_data(chunk: bytes, start: int, end: int) -> None:
        data.extend(chunk[start:end])

    def on_part_end() -> None:
        _, disposition = parse_options_header(state.get("content-disposition", b""))
        filename = disposition.get(b"filename")
        if filename is None:  # a plain form field, such as the page's pasted text
            field = disposition.get(b"name", b"").decode("utf-8", "replace")
            if field != "text":
                return
            filename = b"<pasted text>"
        if len(parts) >= max_files:
            raise BodyError(422, "too-many-files", f"the request holds more than {max_files} files",
                            f"Send at most {max_files} files per request, or validate a folder with `ccai validate`.")
        parts.append(Part(_safe_name(filename.decode("utf-8", "replace"), len(parts) + 1), bytes(data)))

    parser = MultipartParser(boundary, {
        "on_part_begin": on_part_begin, "on_header_field": on_header_field, "on_header_value": on_header_value,
        "on_header_end": on_header_end, "on_part_data": on_part_data, "on_part_end": on_part_end})
    try:
        parser.write(body)
        parser.finalize()
    except MultipartParseError as exc:
        raise BodyError(400, "bad-multipart", f"the multipart body cannot be read: {exc}",
                        "Let your HTTP client build the multipart body (curl -F file=@record.yaml).") from None
    if not parts:
        raise BodyError(422, "no-files", "the multipart body holds no file",
                        "Send each record file as a part with a file name (curl -F file=@record.yaml).")
    return parts
