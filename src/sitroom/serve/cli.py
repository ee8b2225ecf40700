"""Click commands of the web layer: `serve`, and `users` (add, token, password, list).

Register them on the main group with:
    from sitroom.serve.cli import serve, users
    main.add_command(serve); main.add_command(users)
"""
from __future__ import annotations

import sys

import click

db_option = click.option("--db", "db_url", envvar="SITROOM_DB", metavar="URL",
                         help="Database URL (default: SQLite at ~/.local/share/sitroom/sitroom.db; env SITROOM_DB).")


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (one per CPU core serves concurrent readers best).")
@click.option("--proxy-headers", is_flag=True,
              help="Behind a reverse proxy: trust its X-Forwarded-For/-Proto, so cookies get the Secure "
                   "flag when the proxy speaks HTTPS.")
@click.option("--forwarded-allow-ips", default="127.0.0.1", show_default=True, metavar="IPS",
              help="With --proxy-headers: addresses of the proxies whose headers are trusted (comma-separated).")
def serve(db_url: str | None, host: str, port: int, workers: int, proxy_headers: bool,
          forwarded_allow_ips: str) -> None:
    """Run the web dashboard and the JSON API (OpenAPI description at /openapi.json).

    Reading is public unless SITROOM_PUBLIC_READ=0; review actions need a user
    (`sitroom users add NAME`). SITROOM_TILE_URL adds an online tile layer under the offline basemap.
    Session cookies are Secure over HTTPS (and always with SITROOM_COOKIE_SECURE=1).
    """
    import os
    import secrets

    import uvicorn

    from sitroom.store import Store
    from sitroom.store.db import resolve_db_url

    url = resolve_db_url(db_url)
    Store.open(url).close()  # migrate once here, not in every worker at the same moment
    os.environ["SITROOM_DB"] = url
    # every worker must sign CSRF tokens with the same key, or a form rendered by one worker
    # is refused by the next
    os.environ.setdefault("SITROOM_SECRET", secrets.token_hex(32))
    click.echo(f"sitroom: serving on http://{host}:{port}/ with {workers} worker(s)", err=True)
    uvicorn.run("sitroom.serve.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="info", server_header=False, proxy_headers=proxy_headers,
                forwarded_allow_ips=forwarded_allow_ips if proxy_headers else None)


@click.group()
def users() -> None:
    """Manage the users who may review events, and their API tokens."""


def _user_store(db_url: str | None):
    from sitroom.store import Store
    from sitroom.store.users import UserStore

    store = Store.open(db_url)
    return store, UserStore(store)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@users.command("add")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
@db_option
def users_add(name: str, password_stdin: bool, db_url: str | None) -> None:
    """Create user NAME (asks for a password of at least 8 characters)."""
    store, us = _user_store(db_url)
    try:
        us.add_user(name, _read_password(password_stdin))
    finally:
        store.close()
    click.echo(f"user {name} created", err=True)


@users.command("password")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
@db_option
def users_password(name: str, password_stdin: bool, db_url: str | None) -> None:
    """Set a new password for NAME (and end its open sessions)."""
    store, us = _user_store(db_url)
    try:
        us.set_password(name, _read_password(password_stdin))
    finally:
        store.close()
    click.echo(f"password of {name} changed", err=True)


@users.command("token")
@click.argument("name")
@click.option("--label", default="", help="What the token is for.")
@db_option
def users_token(name: str, label: str, db_url: str | None) -> None:
    """Create an API token for NAME and print it (shown once; send it as `Authorization: Bearer ...`)."""
    store, us = _user_store(db_url)
    try:
        click.echo(us.create_token(name, label))
    finally:
        store.close()


@users.command("list")
@db_option
def users_list(db_url: str | None) -> None:
    """List user names."""
    store, us = _user_store(db_url)
    try:
        for name in us.users():
            click.echo(name)
    finally:
        store.close()
