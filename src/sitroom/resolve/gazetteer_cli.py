"""`sitroom gazetteer add FILE` / `sitroom gazetteer info`: manage the user's local place index."""
from __future__ import annotations

import json
from pathlib import Path

import click

from .geo_userdb import UserIndex


@click.group(name="gazetteer")
def gazetteer() -> None:
    """Add GeoNames files (SY.zip, allCountries.zip, alternateNamesV2.zip, admin1CodesASCII.txt) to the local index."""


@gazetteer.command("add")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--country", "countries", multiple=True, help="Only import places in these ISO2 countries (repeatable).")
def add(files: tuple[Path, ...], countries: tuple[str, ...]) -> None:
    """Import FILES into the index under $SITROOM_HOME (add the place file before its alternateNames)."""
    idx = UserIndex()
    wanted = {c.upper() for c in countries} or None
    for f in files:
        try:
            res = idx.add_file(f, wanted)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"{f}: {res['kind']} file, {res['rows']} rows imported into {idx.path}")


@gazetteer.command("info")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def info(as_json: bool) -> None:
    """Show what the gazetteer holds (bundled index and user additions)."""
    from .gazetteer import Gazetteer

    data = Gazetteer.load().info()
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    click.echo(f"bundled records: {data['records']}  name keys: {data['name_keys']}  version: {data['version']}")
    click.echo(f"cache: {data['cache']}")
    click.echo("kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(data["kinds"].items())))
    u = data["user"]
    click.echo(f"user index: {u['path']}  places: {u['places']}  names: {u['names']}  admin codes: {u['admin_codes']}")
