"""Where the database lives and how it is brought to the current schema.

The schema is created and upgraded only by Alembic (`upgrade head`), so a SQLite file made today
and a team PostgreSQL server made last year converge on the same tables.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url

from .convert import StoreError

PACKAGE_DIR = Path(__file__).resolve().parent
ALEMBIC_INI = PACKAGE_DIR / "alembic.ini"
MIGRATIONS_DIR = PACKAGE_DIR / "migrations"
# PostgreSQL advisory lock key held while migrating, so two processes starting together on a
# fresh team database do not both try to create the tables
MIGRATION_LOCK_KEY = 0x5177_0001
DEFAULT_DB_PATH = Path("~/.local/share/sitroom/sitroom.db")
# how long a process waits for another one's SQLite migration before giving up
MIGRATION_LOCK_TIMEOUT_S = 120


def resolve_db_url(cli_value: str | None) -> str:
    """Turn --db (or $SITROOM_DB, or the default path) into a SQLAlchemy URL.

    A value with "://" is a URL; `postgresql://` and `postgres://` are rewritten to the psycopg 3
    driver that sitroom ships with. Anything else is a SQLite file path whose folder is created.
    """
    value = cli_value or os.environ.get("SITROOM_DB") or str(DEFAULT_DB_PATH)
    if "://" in value:
        scheme, rest = value.split("://", 1)
        if scheme in ("postgresql", "postgres"):
            return f"postgresql+psycopg://{rest}"
        if scheme.startswith("sqlite"):
            _make_sqlite_dir(value)
        return value
    path = Path(value).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _make_sqlite_dir(url: str) -> None:
    """sqlite:///some/dir/x.db should work even when some/dir does not exist yet."""
    try:
        database = make_url(url).database
    except Exception:  # a malformed URL is reported when the store opens it
        return
    if database and database != ":memory:" and not database.startswith("file:"):
        try:
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # reported as "cannot open database" with the real reason


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # pragma: no cover - exercised via engine
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine with SQLite foreign keys switched on (they are off by default there)."""
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(url: str | None = None) -> Config:
    """The packaged Alembic configuration, pointed at the packaged migrations."""
    cfg = Config(str(ALEMBIC_INI))
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade_to_head(engine: Engine) -> None:
    """Run every pending migration on this engine's database, in one transaction.

    Two processes opening a fresh store at once must not both create the tables: PostgreSQL
    serialises them with an advisory lock, a SQLite file with a lock file beside it (SQLite's own
    locking does not cover Alembic's check-then-create).
    """
    with _sqlite_migration_lock(engine):
        cfg = alembic_config()
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")


@contextmanager
def _sqlite_migration_lock(engine: Engine) -> Iterator[None]:
    """Hold the file lock `<database>.migrate.lock` of a SQLite file; nothing for other databases."""
    url = engine.url
    database = url.database
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:" \
            or database.startswith("file:") or url.query.get("mode") == "memory":
        yield
        return
    path = Path(database).expanduser().resolve()
    lock = FileLock(str(path.with_name(path.name + ".migrate.lock")))
    try:
        lock.acquire(timeout=MIGRATION_LOCK_TIMEOUT_S)
    except Timeout:
        raise StoreError(f"{database}: another process has been migrating this database for over "
                         f"{MIGRATION_LOCK_TIMEOUT_S} s; try again when it is done") from None
    except OSError:
        # a folder we cannot write the lock file in: then nobody can create tables there either,
        # and SQLite reports the real reason
        yield
        return
    try:
        yield
    finally:
        lock.release()
