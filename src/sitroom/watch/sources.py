"""The list of sources to follow, read from a YAML file analysts edit by hand.

    defaults:            # optional, applies to every source
      interval: 15m      # seconds as a number, or 30s / 15m / 2h / 1d
      timeout: 30s
      max_backoff: 1h
    sources:
      - name: aleppo-live          # unique; the key of the source's saved state
        url: https://example.org/live/aleppo
        kind: page                 # page (a live blog or article) or feed (RSS/Atom)
        interval: 5m

A mistake in the file is reported as one line naming the source and the field, never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from sitroom.errors import InputError

KINDS = ("page", "feed")
DEFAULT_INTERVAL = 900.0
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_BACKOFF = 3600.0
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Source:
    """One page or feed to poll, with its own schedule."""

    name: str
    url: str
    kind: str = "page"
    interval: float = DEFAULT_INTERVAL
    timeout: float = DEFAULT_TIMEOUT
    max_backoff: float = DEFAULT_MAX_BACKOFF


def parse_duration(value: Any, where: str) -> float:
    """Seconds from 90, "90", "90s", "15m", "2h" or "1d"; refuse zero, negatives and words."""
    if isinstance(value, bool):
        raise InputError(where, f"{value!r} is not a duration")
    if isinstance(value, (int, float)):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise InputError(where, f"{value!r} is not a duration (use e.g. 90, 30s, 15m, 2h)")
        seconds = float(match.group(1)) * _UNIT[match.group(2).lower()]
    if seconds <= 0:
        raise InputError(where, f"{value!r} must be more than zero")
    return seconds


def load_sources(path: str | Path) -> list[Source]:
    """All sources of a YAML file, validated; InputError on the first mistake."""
    name = str(path)
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except yaml.YAMLError as exc:
        raise InputError(name, f"not valid YAML ({str(exc).splitlines()[0]})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(name, f"cannot read ({exc})") from None
    return parse_sources(raw, name)


def parse_sources(raw: Any, name: str = "sources") -> list[Source]:
    """Sources from already-parsed YAML: a mapping with `sources:` or a bare list."""
    if isinstance(raw, list):
        raw = {"sources": raw}
    if not isinstance(raw, dict) or not isinstance(raw.get("sources"), list) or not raw["sources"]:
        raise InputError(name, "expected a `sources:` list with at least one source")
    defaults = raw.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise InputError(f"{name}: defaults", "expected a mapping")
    base = {
        "interval": parse_duration(defaults.get("interval", DEFAULT_INTERVAL), f"{name}: defaults.interval"),
        "timeout": parse_duration(defaults.get("timeout", DEFAULT_TIMEOUT), f"{name}: defaults.timeout"),
        "max_backoff": parse_duration(defaults.get("max_backoff", DEFAULT_MAX_BACKOFF),
                                      f"{name}: defaults.max_backoff"),
    }
    sources: list[Source] = []
    seen: set[str] = set()
    for n, item in enumerate(raw["sources"], start=1):
        where = f"{name}: source {n}"
        if not isinstance(item, dict):
            raise InputError(where, "expected a mapping with at least `url`")
        url = item.get("url")
        if not isinstance(url, str) or not re.match(r"^https?://\S+$", url.strip()):
            raise InputError(where, f"`url` must be an http(s) URL, got {url!r}")
        src_name = str(item.get("name") or url).strip()
        where = f"{name}: {src_name}"
        if src_name in seen:
            raise InputError(where, "duplicate source name")
        seen.add(src_name)
        kind = str(item.get("kind", "page")).strip().lower()
        if kind not in KINDS:
            raise InputError(where, f"`kind` must be one of {', '.join(KINDS)}, got {kind!r}")
        unknown = set(item) - {"name", "url", "kind", "interval", "timeout", "max_backoff"}
        if unknown:
            raise InputError(where, f"unknown field(s): {', '.join(sorted(unknown))}")
        sources.append(Source(
            name=src_name,
            url=url.strip(),
            kind=kind,
            interval=parse_duration(item.get("interval", base["interval"]), f"{where}: interval"),
            timeout=parse_duration(item.get("timeout", base["timeout"]), f"{where}: timeout"),
            max_backoff=parse_duration(item.get("max_backoff", base["max_backoff"]), f"{where}: max_backoff"),
        ))
    return sources
