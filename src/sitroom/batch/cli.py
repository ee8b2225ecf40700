"""`sitroom batch INPUT...`: extract a large archive on one process or a Dask cluster."""
from __future__ import annotations

import sys

import click

from .work import DEFAULT_EXTRACTOR, DEFAULT_PARTITION_SIZE


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this process; dask: a Dask cluster (a LocalCluster unless --scheduler).")
@click.option("--scheduler", metavar="ADDRESS", help="A running Dask scheduler, e.g. tcp://10.0.0.5:8786.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Worker processes of the LocalCluster (one thread each).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Write event records as Parquet, one file per partition (a rerun resumes).")
@click.option("--db", "db_url", metavar="URL",
              help="Also load documents and events into this store (SQLite path or database URL).")
@click.option("--partition-size", type=click.IntRange(min=1), default=DEFAULT_PARTITION_SIZE, show_default=True,
              help="Documents per task and per output file.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N documents.")
@click.option("--no-progress", is_flag=True, help="No progress bar on stderr.")
@click.option("--extractor", default=DEFAULT_EXTRACTOR, show_default=True, metavar="MODULE:FUNCTION",
              help="Extraction function Document -> (entries, records); must be importable on every worker.")
def batch(inputs: tuple[str, ...], engine: str, scheduler: str | None, workers: int, out_dir: str | None,
          db_url: str | None, partition_size: int, limit: int | None, no_progress: bool, extractor: str) -> None:
    """Extract INPUTS (files, directories, .jsonl, .jsonl.gz, .txt.gz, HTML, feeds) in partitions.

    Failed documents are listed in DIR/_errors.jsonl (and counted on stderr) and skipped. Run the
    same command again to resume: partitions already written are not redone. Needs --out, --db
    or both; --db without --out skips documents the store already holds unchanged.
    """
    from .runner import run_batch

    if scheduler and engine != "dask":
        engine = "dask"
    summary = run_batch(
        list(inputs), engine=engine, workers=workers, scheduler=scheduler, out=out_dir, db_url=db_url,
        partition_size=partition_size, progress=not no_progress, limit=limit, extractor=extractor,
    )
    click.echo(summary.line(), err=True)
    if summary.failed:
        where = f"; see {out_dir}/_errors.jsonl" if out_dir else ""
        for err in summary.errors[:5]:
            click.echo(f"sitroom: error: {err.where}: {err.reason}", err=True)
        if len(summary.errors) > 5:
            click.echo(f"sitroom: ... and {len(summary.errors) - 5} more{where}", err=True)
        sys.exit(1)
