"""Conditional HTTP GET: send what the server told us last time, so an unchanged page costs a 304.

Uses the standard library (as the one-shot reader in sitroom.ingest.readers does). The whole
download has a deadline, not just each socket read, so a server trickling bytes cannot hold a
watcher forever.
"""
from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from sitroom.ingest.decode import max_input_bytes
from sitroom.ingest.readers import USER_AGENT

CHUNK = 64 * 1024


class FetchError(Exception):
    """The source could not be fetched this time (down, error status, timeout, too large)."""


@dataclass
class FetchResult:
    """status 304 means: unchanged since the validators we sent; data is then empty."""

    status: int
    data: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def conditional_get(
    url: str, etag: str | None = None, last_modified: str | None = None, timeout: float = 30.0
) -> FetchResult:
    """GET url with If-None-Match / If-Modified-Since; FetchError on anything but 200 or 304."""
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    deadline = time.monotonic() + timeout
    limit = max_input_bytes()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 (http/https only)
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise FetchError(f"timed out after {timeout:g}s")
                chunk = resp.read1(CHUNK) if hasattr(resp, "read1") else resp.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"too large (over {limit:,} bytes)")
                chunks.append(chunk)
            return FetchResult(
                status=resp.status,
                data=b"".join(chunks),
                content_type=resp.headers.get("Content-Type", ""),
                etag=resp.headers.get("ETag"),
                last_modified=resp.headers.get("Last-Modified"),
            )
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return FetchResult(status=304, etag=exc.headers.get("ETag") or etag,
                               last_modified=exc.headers.get("Last-Modified") or last_modified)
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
    except FetchError:
        raise
    except (urllib.error.URLError, http.client.HTTPException, TimeoutError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise FetchError(f"timed out after {timeout:g}s") from None
        raise FetchError(f"cannot fetch ({reason})") from None
