"""The `sitroom` command line.

Every failure a user can cause (bad file, bad date, unreachable database) ends in one line on
stderr naming the input and the reason, and a non-zero exit; never a traceback.

Start-up pays only for the command run: heavy libraries (spaCy, the typing model, Dask, the
database layer) are imported inside the commands that use them, and the command groups that live
beside their component are imported only when named (or when --help lists them).
"""
from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from datetime import date
from typing import TextIO

import click

from sitroom import __version__
from sitroom.errors import InputError, SitroomError

EXIT_INPUT_ERROR = 1
OUTPUT_FORMATS = ("jsonl", "csv", "geojson")


def report_error(err: SitroomError | str) -> None:
    """One line on stderr, prefixed so it stands out among piped output."""
    click.echo(f"sitroom: error: {err}", err=True)


# command groups that live beside their component: name -> "module:attribute", imported on use
LAZY_COMMANDS: dict[str, str] = {
    "batch": "sitroom.batch.cli:batch",
    "gazetteer": "sitroom.resolve.gazetteer_cli:gazetteer",
    "places": "sitroom.resolve.places_cli:places",
    "serve": "sitroom.serve.cli:serve",
    "users": "sitroom.serve.cli:users",
    "watch": "sitroom.watch.cli:watch",
    "watch-status": "sitroom.watch.cli:watch_status",
}


class SitroomGroup(click.Group):
    """Turns any SitroomError escaping a command into a one-line message and exit code, and loads
    the LAZY_COMMANDS only when one is run or listed."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(LAZY_COMMANDS))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is None and cmd_name in LAZY_COMMANDS:
            module_name, _, attr = LAZY_COMMANDS[cmd_name].partition(":")
            command = getattr(importlib.import_module(module_name), attr)
            self.add_command(command, cmd_name)
        return command

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except SitroomError as exc:
            report_error(exc)
            ctx.exit(EXIT_INPUT_ERROR)


@click.group(cls=SitroomGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitroom")
def main() -> None:
    """sitroom: crisis reporting in, source-attributed and geocoded conflict events out."""


def _documents(inputs: tuple[str, ...], date_value: str | None, failures: list[InputError]) -> Iterator:
    from sitroom.ingest.readers import parse_cli_date, read_inputs

    cli_date = parse_cli_date(date_value)
    undated: list[str] = []
    for item in read_inputs(inputs, cli_date):
        if isinstance(item, InputError):
            report_error(item)
            failures.append(item)
            continue
        if item.pub_date is None:
            undated.append(item.doc_id)
        yield item
    if undated:
        # never assume today: say which documents had no date, so relative dates stay unresolved
        first = undated[0] + (f" and {len(undated) - 1} more" if len(undated) > 1 else "")
        click.echo(f"sitroom: note: no publication date known for {first}; relative dates there are "
                   "left unresolved (give --date, page metadata or a \"date\" field)", err=True)


def _write_records(records: list, fmt: str, out: TextIO) -> None:
    from sitroom.export import write_acled_csv, write_geojson, write_jsonl

    if fmt == "jsonl":
        write_jsonl(records, out)
    elif fmt == "csv":
        write_acled_csv(records, out)
    else:
        write_geojson(records, out)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--date", "date_value", metavar="YYYY-MM-DD", help="Publication date of the input(s), for relative dates.")
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="jsonl", show_default=True,
              help="jsonl: event records; csv: ACLED CSV; geojson: a FeatureCollection.")
def extract(inputs: tuple[str, ...], date_value: str | None, fmt: str) -> None:
    """Extract event records from INPUTS (files, directories, URLs) without a database.

    Inputs may be plain text, HTML pages, RSS/Atom feeds or JSON Lines of
    {"id", "text", "date"?, "url"?, "publisher"?}.
    """
    from sitroom.extract.pipeline import extract_document

    failures: list[InputError] = []
    all_records = []
    for doc in _documents(inputs, date_value, failures):
        _, records = extract_document(doc)
        if fmt == "jsonl":
            _write_records(records, fmt, sys.stdout)
            sys.stdout.flush()
        else:
            all_records.extend(records)
    if fmt != "jsonl":
        _write_records(all_records, fmt, sys.stdout)
    if failures:
        sys.exit(EXIT_INPUT_ERROR)


@main.command()
@click.argument("jsonl_file", type=click.Path(dir_okay=False))
def classify(jsonl_file: str) -> None:
    """Print the main event type of each {"id", "text"} line of JSONL_FILE.

    Output: one {"id", "event_type", "sub_event_type", "confidence"} line per input line.
    """
    from sitroom.extract.typing import classify_many
    from sitroom.ingest.decode import decode_text, read_bytes
    from pathlib import Path

    text = decode_text(read_bytes(Path(jsonl_file)), jsonl_file)
    ids: list[str] = []
    texts: list[str] = []
    failed = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{jsonl_file}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            report_error(InputError(where, f"not valid JSON ({exc.msg})"))
            failed = True
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
            report_error(InputError(where, "expected an object with a non-empty \"text\""))
            failed = True
            continue
        ids.append(str(obj.get("id", where)))
        texts.append(obj["text"])
    for doc_id, label in zip(ids, classify_many(texts)):
        print(json.dumps({"id": doc_id, "event_type": label.event_type, "sub_event_type": label.sub_event_type,
                          "confidence": round(float(label.confidence), 3)}, ensure_ascii=False))
    if failed:
        sys.exit(EXIT_INPUT_ERROR)


db_option = click.option("--db", "db_url", envvar="SITROOM_DB", metavar="URL",
                         help="Database URL (default: SQLite at ~/.local/share/sitroom/sitroom.db; env SITROOM_DB).")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--date", "date_value", metavar="YYYY-MM-DD", help="Publication date of the input(s).")
@db_option
def ingest(inputs: tuple[str, ...], date_value: str | None, db_url: str | None) -> None:
    """Extract INPUTS and store documents, entries, events and evidence (one transaction per document)."""
    from sitroom.extract.pipeline import extract_document
    from sitroom.store import Store

    store = Store.open(db_url)
    failures: list[InputError] = []
    stored = 0
    for doc in _documents(inputs, date_value, failures):
        entries, records = extract_document(doc)
        try:
            result = store.save_document(doc, entries, records)
        except SitroomError as exc:
            report_error(InputError(doc.doc_id, str(exc)))
            failures.append(InputError(doc.doc_id, str(exc)))
            continue
        stored += 1
        click.echo(f"{doc.doc_id}: {result}", err=True)
    click.echo(f"ingested {stored} document(s), {len(failures)} failed", err=True)
    if failures:
        sys.exit(EXIT_INPUT_ERROR)


def _filter_options(func):
    options = [
        click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Events on or after this date."),
        click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Events on or before this date."),
        click.option("--type", "event_type", help="ACLED event type, e.g. 'Battles'."),
        click.option("--sub-type", "sub_event_type", help="ACLED sub-event type, e.g. 'Air/drone strike'."),
        click.option("--kind", "report_kind", type=click.Choice(["incident", "aggregate"]), help="Incidents or tallies."),
        click.option("--country", help="Country name."),
        click.option("--place", "location_contains", help="Text the location contains."),
        click.option("--actor", help="Text an actor name contains."),
        click.option("--source", "source_contains", help="Text the source contains."),
        click.option("--doc", "doc_id", help="Only events of this document id."),
        click.option("--limit", type=int, default=None, help="At most this many events."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _event_filter(**kwargs):
    # not ingest.readers.parse_cli_date: reading stored events should not import the HTML and feed readers
    from sitroom.store import EventFilter

    for key in ("date_from", "date_to"):
        if kwargs.get(key):
            try:
                kwargs[key] = date.fromisoformat(kwargs[key].strip())
            except ValueError:
                raise InputError(f"--{key.removeprefix('date_')}",
                                 f"{kwargs[key]!r} is not a date in YYYY-MM-DD form") from None
    return EventFilter(**{k: v for k, v in kwargs.items() if v is not None})


@main.command()
@_filter_options
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="jsonl", show_default=True)
@db_option
def events(fmt: str, db_url: str | None, **filters) -> None:
    """List stored events matching the filters."""
    from sitroom.store import Store

    store = Store.open(db_url)
    records, _ = _reviewed_events(store, _event_filter(**filters))
    _write_records(records, fmt, sys.stdout)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["acled", "geojson", "jsonl"]), required=True,
              help="acled: ACLED-format CSV (incidents only); geojson; jsonl: event records.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="File to write (default stdout).")
@click.option("--include-aggregates", is_flag=True, help="Also write tallies to the ACLED CSV.")
@_filter_options
@db_option
def export(fmt: str, output: str | None, include_aggregates: bool, db_url: str | None, **filters) -> None:
    """Export stored events in a format analysts already use."""
    from sitroom.export import write_acled_csv, write_geojson, write_jsonl
    from sitroom.store import Store

    store = Store.open(db_url)
    records, review = _reviewed_events(store, _event_filter(**filters))
    out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "acled":
            write_acled_csv(records, out, include_aggregates=include_aggregates, review=review)
        elif fmt == "geojson":
            write_geojson(records, out, review=review)
        else:
            write_jsonl(records, out, review=review)
    finally:
        if output:
            out.close()


def _reviewed_events(store, flt) -> tuple[list, dict]:
    """Stored events as analysts left them (their corrections over the machine's values, the
    filters matching the corrected values), with each event's review status and machine values
    for the export columns: the same reading the dashboard and the API give."""
    from sitroom.store.review import ReviewStore

    events, _ = ReviewStore(store).list_events(flt, None, with_total=False)
    review = {e.record.event_id: {"status": e.status, "by": e.reviewed_by, "machine_values": e.machine_values}
              for e in events}
    return [e.record for e in events], review


@main.command()
@click.argument("gold_csv", type=click.Path(dir_okay=False))
@click.option("--errors", "show_errors", type=int, default=0, help="Also list this many mismatches.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate(gold_csv: str, show_errors: int, as_json: bool) -> None:
    """Score extraction against your own hand-coded rows (ACLED-format CSV, text in `notes`).

    Prints the accuracy of event type, sub-event type, date, actors, admin1, location (within
    25 km when the rows have coordinates) and fatalities.
    """
    from pathlib import Path

    from sitroom.evaluate import evaluate_rows, format_report, read_gold
    from sitroom.ingest.decode import decode_text, read_bytes

    rows = read_gold(decode_text(read_bytes(Path(gold_csv)), gold_csv), gold_csv)
    report = evaluate_rows(rows)
    click.echo(json.dumps(report.as_dict()) if as_json else format_report(report, show_errors))


if __name__ == "__main__":  # pragma: no cover
    main()
