"""Shared fixtures: `db_url` runs a test against SQLite and against a real PostgreSQL server.

PostgreSQL isolation: every test gets its own freshly created schema (sitroom_test_<run>_<n>)
and a URL whose libpq `options` set search_path to it, so Alembic's version table and all
sitroom tables live only there; the schema is dropped afterwards. Reruns and other suites using
the same `test` database never see each other's tables. When the server cannot be reached the
PostgreSQL variants skip with the reason.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

DEFAULT_PG_URLS = (
    "postgresql+psycopg://postgres@127.0.0.1:5432/test",
    "postgresql+psycopg://root@127.0.0.1:5432/test",
)
_RUN = uuid.uuid4().hex[:8]
_counter = iter(range(1_000_000))


def _pg_candidates() -> tuple[str, ...]:
    env = os.environ.get("SITROOM_TEST_PG_URL")
    return (env,) if env else DEFAULT_PG_URLS


@pytest.fixture(scope="session")
def pg_admin():
    """(engine, base_url) for a reachable server, or (None, reason) when none answers."""
    tried = []
    for url in _pg_candidates():
        engine = create_engine(url, connect_args={"connect_timeout": 3}, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:  # any connection failure means: skip, not fail
            engine.dispose()
            tried.append(f"{make_url(url).render_as_string(hide_password=True)} ({type(exc).__name__})")
            continue
        yield engine, url
        engine.dispose()
        return
    yield None, "; ".join(tried)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path, pg_admin) -> Iterator[str]:
    """A URL to an empty database (no tables yet): a temp SQLite file or a fresh PG schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'sitroom-test.db'}"
        return
    engine, base = pg_admin
    if engine is None:
        pytest.skip(f"PostgreSQL not reachable at {base}: skipping")
    schema = f"sitroom_test_{_RUN}_{next(_counter)}"
    with engine.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))


@pytest.fixture(scope="module")
def geo():
    """The default geocoder (bundled gazetteer index, cached on disk)."""
    from sitroom.resolve.geocode import Geocoder

    return Geocoder.default()


@pytest.fixture(scope="module")
def nlp():
    """The shared spaCy pipeline."""
    from sitroom.extract.nlp import get_nlp

    return get_nlp()
