"""Batch processing of archives: every input form, Parquet per partition, failures, resume, Dask.

Extraction is a deterministic stand-in (tests check the batch machinery, not the NLP), except
the last test which runs the real pipeline on a few documents when it is importable.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import sys

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from sitroom.batch import output
from sitroom.batch.cli import batch
from sitroom.batch.corpus import iter_documents
from sitroom.batch.runner import run_batch
from sitroom.model import CountRange, Document, Entry, EventRecord, stable_event_id
from sitroom.store import Store


class Boom(Exception):
    pass


def fake_extract(doc: Document) -> tuple[list[Entry], list[EventRecord]]:
    """One event per document that reports deaths; documents saying BOOM fail."""
    if "BOOM" in doc.text:
        raise Boom("cannot parse this one")
    entries = [Entry(index=0, start=0, end=len(doc.text))]
    match = re.search(r"(\d+) (?:people|civilians) were killed", doc.text)
    if not match:
        return entries, []
    rec = EventRecord(
        event_id=stable_event_id(doc.doc_id, match.group(0)), doc_id=doc.doc_id,
        event_type="Violence against civilians", sub_event_type="Attack", disorder_type="Political violence",
        fatalities=int(match.group(1)), counts={"killed": CountRange(int(match.group(1)), int(match.group(1)), None)},
        latitude=36.2, longitude=37.15, geo_precision=2, confidence=0.7,
        attribution={"sources": ["medics"], "hedged": False},
    )
    rec.add_evidence("fatalities", doc.text, match.start(), match.end())
    return entries, [rec]


# the Dask workers receive this module's functions by value, not by importing tests/
try:
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
except (ImportError, ValueError):
    pass

TEXTS = [
    "Gunmen attacked a bus near the river crossing and {n} people were killed, police said.",
    "Talks between the two delegations continued for a third day in the capital.",
    "A car bomb exploded outside a market and {n} civilians were killed, officials said.",
]


def write_corpus(root, n_docs: int = 40):
    """A directory with JSONL, JSONL.gz, a .txt.gz, a plain text file and a few broken inputs."""
    root.mkdir()
    lines = []
    for i in range(n_docs):
        lines.append({"id": f"doc-{i:03d}", "text": TEXTS[i % 3].format(n=i + 2), "date": "2019-05-0%d" % (1 + i % 9)})
    half = n_docs // 2
    (root / "a.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines[:half]) + "{broken json\n")
    with gzip.open(root / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        for x in lines[half:]:
            fh.write(json.dumps(x) + "\n")
        fh.write(json.dumps({"id": "doc-bad", "text": "BOOM this document breaks the extractor"}) + "\n")
    sub = root / "sub"
    sub.mkdir()
    with gzip.open(sub / "c.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("Militia fighters stormed a village at dawn and 7 people were killed, residents said.\n")
    (sub / "d.txt").write_text("Protesters gathered peacefully in the main square on Friday afternoon.\n")
    (root / "e.jsonl.gz").write_bytes(b"not gzip at all")
    (root / ".hidden.jsonl").write_text('{"id": "hidden", "text": "should never be read"}\n')
    return root


def test_corpus_walk_reads_every_form(tmp_path):
    root = write_corpus(tmp_path / "corpus", 10)
    items = list(iter_documents([str(root)]))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [str(i) for i in items if not isinstance(i, Document)]
    ids = [d.doc_id for d in docs]
    assert ids[:5] == [f"doc-{i:03d}" for i in range(5)]
    assert "doc-bad" in ids and "hidden" not in ids
    assert any(i.endswith("c.txt.gz") for i in ids) and any(i.endswith("d.txt") for i in ids)
    assert len(docs) == 10 + 1 + 2
    assert any("a.jsonl:6" in e and "not valid JSON" in e for e in errors)
    assert any("e.jsonl.gz" in e and "gzip" in e for e in errors)
    assert next(d for d in docs if d.doc_id == "doc-000").pub_date.isoformat() == "2019-05-01"


def test_truncated_gzip_keeps_documents_before_the_break(tmp_path):
    path = tmp_path / "t.jsonl.gz"
    data = gzip.compress("".join(json.dumps({"id": f"x{i}", "text": f"report {i} " * 30}) + "\n"
                                 for i in range(200)).encode())
    path.write_bytes(data[: len(data) // 2])
    items = list(iter_documents([str(path)]))
    assert sum(isinstance(i, Document) for i in items) > 10
    assert "gzip" in str(items[-1])


@pytest.mark.parametrize("name", ["twice.jsonl", "twice.jsonl.gz"])
def test_repeated_id_in_one_jsonl_is_reported_not_replaced(tmp_path, name):
    lines = [{"id": "same", "text": "First telling of the market fire in the old town."},
             {"id": "other", "text": "A separate report about a road closure."},
             {"id": "same", "text": "A different text that must not take the first one's place."}]
    raw = "".join(json.dumps(line) + "\n" for line in lines).encode()
    path = tmp_path / name
    path.write_bytes(gzip.compress(raw) if name.endswith(".gz") else raw)
    items = list(iter_documents([str(path)]))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [str(i) for i in items if not isinstance(i, Document)]
    assert [d.doc_id for d in docs] == ["same", "other"]
    assert docs[0].text.startswith("First telling")
    assert len(errors) == 1 and f"{name}:3" in errors[0] and "duplicate id 'same'" in errors[0]
    assert "first on line 1" in errors[0]


def test_local_batch_writes_parquet_and_reports_failures(tmp_path):
    root = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    summary = run_batch([str(root)], engine="local", out=out, partition_size=8,
                        extractor=fake_extract, progress=False)
    parts = sorted(out.glob("part-*.parquet"))
    assert len(parts) == 6  # 43 documents in partitions of 8
    assert summary.documents == 43 and summary.partitions_done == 6
    table = pq.read_table(out)
    assert table.num_rows == summary.events == 28  # 27 of the 40 JSONL lines + c.txt.gz
    row = table.slice(0, 1).to_pylist()[0]
    assert row["doc_id"] == "doc-000" and row["fatalities"] == 2
    assert json.loads(row["counts"]) == {"killed": {"low": 2, "best": 2, "high": None}}
    assert json.loads(row["evidence"])[0]["text"] == "2 people were killed"
    assert row["pub_date"] == "2019-05-01"
    errors = [json.loads(x) for x in (out / "_errors.jsonl").read_text().splitlines()]
    reasons = {e["where"]: e["reason"] for e in errors}
    assert reasons["doc-bad"].startswith("Boom: cannot parse")
    assert any("not valid JSON" in r for r in reasons.values())
    assert any("gzip" in r for r in reasons.values())
    assert summary.failed == 3


def test_rerun_resumes_and_skips_finished_partitions(tmp_path):
    root = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    run_batch([str(root)], out=out, partition_size=8, extractor=fake_extract, progress=False)
    # simulate a crash: one partition never finished, another left a temp file behind
    (out / "part-000002.parquet").unlink()
    (out / "part-000004.parquet").rename(out / ".part-000004.parquet.tmp")
    seen = []

    def recording(doc):
        if doc.doc_id != "sitroom-warm-up":  # the engine's model warm-up
            seen.append(doc.doc_id)
        return fake_extract(doc)

    summary = run_batch([str(root)], out=out, partition_size=8, extractor=recording, progress=False)
    assert summary.partitions_skipped == 4 and summary.partitions_done == 2
    assert len(seen) == 16
    assert pq.read_table(out).num_rows == 28
    assert len((out / "_errors.jsonl").read_text().splitlines()) == 3  # no duplicated errors

    with pytest.raises(Exception, match="other inputs"):
        run_batch([str(root)], out=out, partition_size=5, extractor=fake_extract, progress=False)


def test_batch_into_store_is_idempotent(tmp_path):
    root = write_corpus(tmp_path / "corpus")
    db = f"sqlite:///{tmp_path / 'events.db'}"
    first = run_batch([str(root)], db_url=db, partition_size=10, extractor=fake_extract, progress=False)
    with Store.open(db) as store:
        assert store.count_events() == 28
        assert len(store.documents()) == 42  # doc-bad failed and is not stored
    again = run_batch([str(root)], db_url=db, partition_size=10, extractor=fake_extract, progress=False)
    assert first.documents == 43
    assert again.already_stored == 42 and again.documents == 1  # only the failing one is retried
    with Store.open(db) as store:
        assert store.count_events() == 28


def test_dask_engine_matches_local(tmp_path):
    pytest.importorskip("distributed")
    root = write_corpus(tmp_path / "corpus")
    local = run_batch([str(root)], out=tmp_path / "local", partition_size=8, extractor=fake_extract,
                      progress=False)
    dask = run_batch([str(root)], engine="dask", workers=2, out=tmp_path / "dask", partition_size=8,
                     extractor=fake_extract, progress=False)
    assert (dask.documents, dask.events, dask.failed) == (local.documents, local.events, local.failed)

    def rows(path):
        return sorted(json.dumps(r, sort_keys=True) for r in pq.read_table(path).to_pylist())

    assert rows(tmp_path / "dask") == rows(tmp_path / "local")


def test_batch_command(tmp_path):
    root = write_corpus(tmp_path / "corpus")
    result = CliRunner().invoke(batch, [str(root), "--out", str(tmp_path / "out"), "--partition-size", "16",
                                        "--extractor", f"{__name__}:fake_extract", "--no-progress"])
    assert result.exit_code == 1  # some documents failed: reported, not fatal
    assert "43 document(s) processed into 28 event(s)" in result.output
    assert "doc-bad: Boom" in result.output
    assert len(list((tmp_path / "out").glob("part-*.parquet"))) == 3
    missing = CliRunner().invoke(batch, [str(root)])
    assert missing.exit_code != 0 and "--out" in str(missing.exception or missing.output)


def test_real_pipeline_small_batch(tmp_path):
    pytest.importorskip("sitroom.extract.pipeline", reason="extraction pipeline not importable yet")
    path = tmp_path / "few.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{i}", "text": t, "date": "2020-03-02"}) + "\n" for i, t in enumerate([
        "An air strike hit a market in the town of Saraqib in Idlib province on Sunday, killing 11 civilians, "
        "rescuers said.",
        "The foreign ministers of two countries met in Geneva to discuss a ceasefire proposal.",
    ])))
    summary = run_batch([str(path)], out=tmp_path / "out", progress=False)
    assert summary.documents == 2 and summary.failed == 0
    table = pq.read_table(tmp_path / "out")
    assert table.num_rows >= 1
    assert set(output.event_schema().names) == set(table.schema.names)



def pid_extract(doc: Document) -> tuple[list[Entry], list[EventRecord]]:
    """fake_extract, with the id of the process that extracted the document in the notes."""
    entries, records = fake_extract(doc)
    for rec in records:
        rec.notes = str(os.getpid())
    return entries, records


def test_dask_shares_one_partition_among_workers(tmp_path):
    """A corpus shorter than one partition still keeps every worker busy: the partition is cut
    into tasks, and its one file holds the same rows in the same order as a single-process run."""
    pytest.importorskip("distributed")
    from sitroom.batch.engines import DaskEngine

    root = write_corpus(tmp_path / "corpus")
    local = run_batch([str(root)], out=tmp_path / "local", partition_size=100, extractor=fake_extract,
                      progress=False)
    engine = DaskEngine(pid_extract, workers=2, task_size=3)
    try:
        dask = run_batch([str(root)], engine=engine, out=tmp_path / "dask", partition_size=100, progress=False)
    finally:
        engine.close()
    assert (dask.documents, dask.events, dask.failed) == (local.documents, local.events, local.failed)
    assert len(list((tmp_path / "dask").glob("part-*.parquet"))) == 1
    dask_rows = pq.read_table(tmp_path / "dask").to_pylist()
    local_rows = pq.read_table(tmp_path / "local").to_pylist()
    assert [r["event_id"] for r in dask_rows] == [r["event_id"] for r in local_rows]
    assert len({r["notes"] for r in dask_rows}) == 2  # both worker processes extracted documents


def test_partitions_are_cut_into_tasks_every_worker_can_share():
    from sitroom.batch.corpus import Partition
    from sitroom.batch.engines import split_partition, task_size_for

    assert task_size_for(500, workers=2, most=8) == 8  # a full partition: the usual task size
    assert task_size_for(20, workers=2, most=8) == 3  # a small one: at least four tasks per worker
    assert task_size_for(1, workers=4) == 1
    docs = [Document(doc_id=f"d{i}", text="x") for i in range(7)]
    chunks = split_partition(Partition(0, docs), 3)
    assert [[d.doc_id for d in c] for c in chunks] == [["d0", "d1", "d2"], ["d3", "d4", "d5"], ["d6"]]
    assert split_partition(Partition(1, []), 3) == [[]]  # a partition of input errors only is still one task
