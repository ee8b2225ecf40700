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
def serve(db_url: str | None, host: str, port: int) -> None:
    """Run the web dashboard and the JSON API (OpenAPI description at /openapi.json).

    Reading is public unless SITROOM_PUBLIC_READ=0; review actions need a user
    (`sitroom users add NAME`). SITROOM_TILE_URL adds an online tile layer under the offline basemap.
    """
    import uvicorn

    from sitroom.serve.app import create_app
    from sitroom.serve.basemap import basemap_bytes

    app = create_app(db_url=db_url)
    basemap_bytes()  # built once now rather than on the first visitor's request
    click.echo(f"sitroom: serving on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)


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
