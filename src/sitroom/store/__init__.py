"""Storage: documents, entries and event records in SQLite or PostgreSQL (see repository.Store)."""
from . import web_schema  # noqa: F401  (review/user tables join the ORM metadata)
from .convert import StoreError
from .db import resolve_db_url
from .query import EventFilter
from .repository import EventEdit, SaveResult, Store

__all__ = ["EventEdit", "EventFilter", "SaveResult", "Store", "StoreError", "resolve_db_url"]
