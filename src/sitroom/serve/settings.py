"""Server settings, read from the environment so a deployment changes them without code."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field


def _flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() not in ("0", "false", "no", "off")


@dataclass
class Settings:
    """public_read: anyone may read events (SITROOM_PUBLIC_READ, default on); writing always
    needs a user. tile_url: an online tile layer (SITROOM_TILE_URL, e.g.
    https://tile.openstreetmap.org/{z}/{x}/{y}.png) drawn under the offline basemap; empty = offline.
    secret: keys the CSRF tokens (SITROOM_SECRET; random per process when unset, so a restart
    only asks open forms to be reloaded)."""

    public_read: bool = True
    tile_url: str = ""
    tile_attribution: str = ""
    secret: str = field(default_factory=lambda: secrets.token_hex(32))
    cookie_secure: bool = False

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            public_read=_flag("SITROOM_PUBLIC_READ", True),
            tile_url=os.environ.get("SITROOM_TILE_URL", "").strip(),
            tile_attribution=os.environ.get("SITROOM_TILE_ATTRIBUTION", "").strip(),
            secret=os.environ.get("SITROOM_SECRET") or secrets.token_hex(32),
            cookie_secure=_flag("SITROOM_COOKIE_SECURE", False),
        )
