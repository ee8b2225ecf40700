"""Storage: documents, entries and event records in SQLite or PostgreSQL (see repository.Store)."""
from .convert import StoreError
from .db import resolve_db_url
from .query import EventFilter
from .repository import EventEdit, SaveResult, Store

__all__ = ["EventEdit", "EventFilter", "SaveResult", "Store", "StoreError", "resolve_db_url"]
