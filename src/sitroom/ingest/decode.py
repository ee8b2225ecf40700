"""Turn raw bytes into text, refusing what is not text or what we could only guess at.

Reporting arrives in UTF-8 mostly, sometimes as UTF-16/32 (with a byte-order mark), Windows-1252
or an Arabic or Cyrillic code page from older sites. The rules, in order:

1. a byte-order mark decides: UTF-8, UTF-16 or UTF-32 (little or big endian);
2. UTF-16 without a mark is recognised when at least 60% of its two-byte units have a zero high
   byte (Latin-script text) and it decodes cleanly;
3. valid UTF-8 is UTF-8;
4. bytes that are mostly valid UTF-8 (half or more of the non-ASCII bytes) but not wholly (mixed
   encodings: "café" pasted from two sources) are refused: any single guess garbles one part;
5. otherwise a legacy single-byte encoding is guessed with charset-normalizer, and kept only when
   the guess is confident: the text reads cleanly (mess ratio at most 0.2) and no other equally
   clean encoding gives a different text; Windows-1252 wins ties, as web browsers do.
   An ambiguous guess is refused with the candidates named, so the user can convert the file.
Binary files, empty files and files too large to be a report are refused with a reason the user
can act on.
"""
from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

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


# byte-order marks, UTF-32 first (its little-endian mark begins with UTF-16's)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# share of two-byte units with a zero high byte above which BOM-less bytes are read as UTF-16
UTF16_ZERO_SHARE = 0.6
# highest charset-normalizer mess ratio at which a legacy-encoding guess is kept
MAX_GUESS_MESS = 0.2
# two candidate encodings are "equally clean" when their mess ratios differ by less than this
MESS_TIE = 0.01
FALLBACK_LEGACY = "cp1252"
# share of non-ASCII bytes in valid UTF-8 sequences from which undecodable bytes mean mixed encodings
MIXED_UTF8_SHARE = 0.5

_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a high share of control characters mean this is not a text document.

    UTF-16/32 text (with a byte-order mark, or UTF-16 that looks like it) is text despite its NULs.
    """
    if _bom(data) is not None or _utf16_without_bom(data) is not None:
        return False
    return _binary_bytes(data)


def _binary_bytes(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > len(sample) * 0.05


def _bom(data: bytes) -> tuple[bytes, str, str] | None:
    for mark, codec, name in BOMS:
        if data.startswith(mark):
            return mark, codec, name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the bytes read as BOM-less UTF-16 of mostly Latin script."""
    sample = data[:8192]
    sample = sample[: len(sample) - len(sample) % 2]
    units = len(sample) // 2
    if units < 4:
        return None
    zero_odd = sample[1::2].count(0) / units  # high bytes of little-endian units
    zero_even = sample[0::2].count(0) / units
    for codec, high, low in (("utf-16-le", zero_odd, zero_even), ("utf-16-be", zero_even, zero_odd)):
        if high >= UTF16_ZERO_SHARE and low == 0:
            try:
                text = data[: len(data) - len(data) % 2].decode(codec)
            except UnicodeDecodeError:
                return None
            if len(data) % 2 == 0 and not _control_heavy(text):
                return codec
    return None


def _control_heavy(text: str) -> bool:
    sample = text[:4096]
    control = sum(1 for ch in sample if ord(ch) < 9 or 13 < ord(ch) < 32 or ch == "\x00")
    return control > len(sample) * 0.05


def decode_text(data: bytes, source: str, encoding: str | None = None) -> str:
    """Decode bytes as text by the rules above (or the encoding given); refuse a guess we cannot trust."""
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(source, f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise InputError(source, f"not valid {encoding} (byte {exc.start})") from None
    bom = _bom(data)
    if bom is not None:
        mark, codec, name = bom
        try:
            text = data[len(mark):].decode(codec)
        except UnicodeDecodeError as exc:
            raise InputError(source, f"starts with a {name} byte-order mark but is not valid {name} "
                                     f"(byte {exc.start + len(mark)})") from None
        return _refuse_control_text(text, source)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return data.decode(utf16)
    if _binary_bytes(data):
        raise InputError(source, "binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _mostly_utf8(data):
        raise InputError(source, f"mixed encodings: valid UTF-8 in places but not at byte {utf8_error.start}; "
                                 "convert the whole file to UTF-8 (a guess would garble one part)")
    return _guess_legacy(data, source, utf8_error.start)


def _mostly_utf8(data: bytes) -> bool:
    """At least half the non-ASCII bytes form valid UTF-8 sequences: UTF-8 text with foreign bytes.

    A legacy code page forms such sequences only by accident (a Persian letter after an Arabic one
    in Windows-1256), never for most of its bytes.
    """
    high = sum(1 for b in data if b >= 0x80)
    covered = sum(len(m.group(0)) for m in _UTF8_MULTIBYTE.finditer(data))
    return high > 0 and covered >= high * MIXED_UTF8_SHARE


def _refuse_control_text(text: str, source: str) -> str:
    if _control_heavy(text):
        raise InputError(source, "binary data, not text")
    return text


def _guess_legacy(data: bytes, source: str, bad_byte: int) -> str:
    """A single-byte encoding, only when the choice is clear (see the module docstring)."""
    results = list(from_bytes(data))
    clean = [r for r in results if r.encoding and r.chaos <= MAX_GUESS_MESS]
    if not clean:
        raise InputError(source, f"not valid UTF-8 (byte {bad_byte}) and no other text encoding fits")
    best = min(r.chaos for r in clean)
    try:
        fallback = data.decode(FALLBACK_LEGACY)
    except UnicodeDecodeError:
        fallback = None
    if fallback is not None and mess_ratio(fallback, 1.0) <= best + MESS_TIE:
        return fallback
    tied = [r for r in clean if r.chaos <= best + MESS_TIE]
    texts = {str(r) for r in tied}
    if len(texts) > 1:
        names = ", ".join(r.encoding for r in tied[:4])
        raise InputError(source, f"not valid UTF-8 (byte {bad_byte}) and its encoding is unclear "
                                 f"(could be {names}); convert it to UTF-8")
    return texts.pop()
