"""Turn raw bytes into text, refusing what is not text.

Reporting arrives in UTF-8 mostly, but also as Windows-1252 or Arabic code pages from older
sites; charset-normalizer guesses those. Binary files, empty files and files too large to be a
report are refused with a reason the user can act on.
"""
from __future__ import annotations

import os
from pathlib import Path

from charset_normalizer import from_bytes

from sitroom.errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def max_input_bytes() -> int:
    """Upper bound on one input; SITROOM_MAX_BYTES raises it for large archives."""
    try:
        return int(os.environ.get("SITROOM_MAX_BYTES", DEFAULT_MAX_BYTES))
    except ValueError:
        return DEFAULT_MAX_BYTES


def read_bytes(path: Path) -> bytes:
    """Read a file, refusing missing, unreadable, empty or oversized ones."""
    name = str(path)
    try:
        if path.is_dir():
            raise InputError(name, "is a directory, not a file")
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, f"cannot read ({exc.strerror or exc})") from None
    limit = max_input_bytes()
    if size > limit:
        raise InputError(name, f"too large ({size:,} bytes; the limit is {limit:,}, set SITROOM_MAX_BYTES to raise it)")
    try:
        data = path.read_bytes()
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, f"cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(name, "empty input")
    return data


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a high share of control characters mean this is not a text document."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > len(sample) * 0.05


def decode_text(data: bytes, source: str, encoding: str | None = None) -> str:
    """Decode bytes as text: the given encoding, else UTF-8, else the best charset guess."""
    if looks_binary(data):
        raise InputError(source, "binary data, not text")
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(source, f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise InputError(source, f"not valid {encoding} (byte {exc.start})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(source, f"not valid UTF-8 (byte {utf8_error.start}) and no other text encoding fits")
    return str(best)
