"""`sitroom watch SOURCES.yaml` and `sitroom watch-status`: follow live sources into the store."""
from __future__ import annotations

import json
import logging
import signal
import sys
import threading

import click

db_option = click.option("--db", "db_url", envvar="SITROOM_DB", metavar="URL",
                         help="Event database URL or SQLite path (default: $SITROOM_DB or ~/.local/share/sitroom/sitroom.db).")
state_option = click.option("--state", "state_value", envvar="SITROOM_WATCH_STATE", metavar="PATH|URL",
                            help="Watch state database (default: <db>.watch.db beside a SQLite event database).")


def _setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%dT%H:%M:%S"))
    logger = logging.getLogger("sitroom.watch")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    logger.propagate = False


@click.command()
@click.argument("sources_file", metavar="SOURCES.yaml", type=click.Path(dir_okay=False))
@db_option
@state_option
@click.option("--once", is_flag=True, help="Poll the sources that are due once, then exit (for cron).")
@click.option("--force", is_flag=True, help="With --once: poll every source now, ignoring schedules and backoff.")
@click.option("-v", "--verbose", is_flag=True, help="Also log polls that found nothing new.")
def watch(sources_file: str, db_url: str | None, state_value: str | None, once: bool, force: bool,
          verbose: bool) -> None:
    """Follow the pages and feeds of SOURCES.yaml, saving only new or changed documents.

    Each source has a url, a kind (page or feed) and an interval; see sitroom.watch.sources for
    the file format. One log line per changed document, and per error, goes to stderr. Stop
    with Ctrl-C or SIGTERM: state is committed only after a document is saved, so a stop
    mid-poll loses and duplicates nothing. With --once the exit status is 1 when a source failed.
    """
    from sitroom.store import Store

    from .poller import Poller
    from .sources import load_sources
    from .state import StateStore, default_state_url, state_url

    sources = load_sources(sources_file)
    _setup_logging(verbose)
    store = Store.open(db_url)
    states = StateStore(state_url(state_value) if state_value else default_state_url(db_url))
    stop = threading.Event()
    if not once:
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    log = logging.getLogger("sitroom.watch")
    log.info("watching %d source(s); state in %s", len(sources), states.url)
    try:
        outcomes = Poller(store, states).run(sources, once=once, force=force, stop=stop)
    except KeyboardInterrupt:
        log.info("stopped")
        outcomes = []
    finally:
        states.close()
        store.close()
    if once:
        errors = sum(1 for o in outcomes if o.status == "error")
        changed = sum(1 for o in outcomes if o.status == "changed")
        click.echo(f"polled {len(outcomes)} source(s): {changed} changed, {errors} failed", err=True)
        if errors:
            sys.exit(1)


@click.command("watch-status")
@click.argument("sources_file", metavar="[SOURCES.yaml]", required=False, type=click.Path(dir_okay=False))
@db_option
@state_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def watch_status(sources_file: str | None, db_url: str | None, state_value: str | None, fmt: str) -> None:
    """Each watched source's last success, last error and counts (only SOURCES.yaml's, if given)."""
    from .sources import load_sources
    from .state import StateStore, default_state_url, state_url
    from .status import format_status, status_rows

    sources = load_sources(sources_file) if sources_file else None
    with StateStore(state_url(state_value) if state_value else default_state_url(db_url)) as states:
        rows = status_rows(states.all(), sources)
    if fmt == "json":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    else:
        click.echo(format_status(rows))
