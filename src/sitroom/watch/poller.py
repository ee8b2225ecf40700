"""Poll sources and save only what changed.

One poll of one source:
  1. conditional GET with the validators saved last time (304 -> nothing to do);
  2. a body identical to last time's (servers without validators) -> nothing to do;
  3. parse into documents (a page is one document, a feed one per item); a document whose stored
     text is identical is skipped before extraction;
  4. extract and save each new or changed document (the store keeps unchanged events' ids);
  5. only then commit the source's state. A crash before step 5 repeats the poll, which finds
     every saved document unchanged: nothing lost, nothing duplicated.
A failure (down, error status, timeout, garbage) is recorded and the next try backs off
exponentially up to the source's max_backoff.
"""
from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sitroom.errors import InputError
from sitroom.ingest.feeds import documents_from_feed
from sitroom.ingest.readers import documents_from_bytes
from sitroom.model import Document, Entry, EventRecord
from sitroom.store import SaveResult, Store

from .fetch import FetchError, FetchResult, conditional_get
from .sources import Source
from .state import SourceState, StateStore, iso_utc

log = logging.getLogger("sitroom.watch")

Extractor = Callable[[Document], tuple[list[Entry], list[EventRecord]]]
Fetcher = Callable[..., FetchResult]
# the first retry after an error waits at most this long, then doubles
FIRST_RETRY_S = 60.0


def default_extractor(doc: Document) -> tuple[list[Entry], list[EventRecord]]:
    """The project's extraction pipeline, imported on first use (it loads spaCy)."""
    from sitroom.extract.pipeline import extract_document

    return extract_document(doc)


@dataclass
class PollOutcome:
    """What one poll did. status: changed, unchanged, not-modified or error."""

    source: str
    status: str
    saved: list[SaveResult] = field(default_factory=list)
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    error: str | None = None


class Poller:
    """Polls sources into a Store, remembering per-source state in a StateStore."""

    def __init__(
        self,
        store: Store,
        states: StateStore,
        extractor: Extractor | None = None,
        fetch: Fetcher = conditional_get,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.states = states
        self.extractor = extractor or default_extractor
        self.fetch = fetch
        self.clock = clock

    # -- one poll ------------------------------------------------------------------------------

    def poll(self, source: Source) -> PollOutcome:
        now = self.clock()
        state = self._state_for(source)
        state.polls += 1
        state.last_poll_at = iso_utc(now)
        try:
            result = self.fetch(source.url, etag=state.etag, last_modified=state.last_modified,
                                timeout=source.timeout)
        except FetchError as exc:
            return self._failed(source, state, now, str(exc))
        if result.not_modified:
            state.not_modified += 1
            self._succeeded(source, state, now, result, state.content_hash)
            log.debug("%s: not modified (304)", source.name)
            return PollOutcome(source.name, "not-modified")
        body_hash = hashlib.sha256(result.data).hexdigest()
        if body_hash == state.content_hash:
            state.unchanged += 1
            self._succeeded(source, state, now, result, body_hash)
            log.debug("%s: unchanged", source.name)
            return PollOutcome(source.name, "unchanged")
        try:
            items = self._parse(source, result)
        except InputError as exc:
            return self._failed(source, state, now, f"unreadable response: {exc.reason}")
        docs = [d for d in items if isinstance(d, Document)]
        bad = [d for d in items if isinstance(d, InputError)]
        if not docs:
            reason = bad[0].reason if bad else "no documents"
            return self._failed(source, state, now, f"unreadable response: {reason}")
        for err in bad:
            log.warning("%s: skipped %s", source.name, err)
        outcome = PollOutcome(source.name, "unchanged")
        for doc in docs:
            self._process(source, state, doc, outcome)
        if outcome.failed:
            # validators are not advanced, so the failed documents are tried again next poll
            outcome.status = "error"
            outcome.error = f"{len(outcome.failed)} document(s) failed, first: {outcome.failed[0]}"
            self._failed(source, state, now, outcome.error)
            return outcome
        if any(r.status != "unchanged" for r in outcome.saved):
            outcome.status = "changed"
            state.changes += 1
            state.last_change_at = iso_utc(now)
        else:
            state.unchanged += 1
        self._succeeded(source, state, now, result, body_hash)
        return outcome

    def _process(self, source: Source, state: SourceState, doc: Document, outcome: PollOutcome) -> None:
        if self._stored_hash(doc.doc_id) == doc.content_hash:
            outcome.skipped += 1
            state.docs_skipped += 1
            return
        try:
            entries, records = self.extractor(doc)
            result = self.store.save_document(doc, entries, records)
        except Exception as exc:  # one bad document must not stop the watcher
            message = f"{doc.doc_id}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            log.error("%s: failed %s", source.name, message)
            outcome.failed.append(message)
            state.docs_failed += 1
            return
        outcome.saved.append(result)
        if result.status == "unchanged":
            state.docs_skipped += 1
            return
        state.docs_saved += 1
        state.events_added += result.events_added
        state.events_updated += result.events_updated
        state.events_removed += result.events_removed
        log.info("%s: %s %s", source.name, doc.doc_id, result)

    def _parse(self, source: Source, result: FetchResult) -> list[Document | InputError]:
        if source.kind == "feed":
            return list(documents_from_feed(source.url, result.data, None))
        return list(documents_from_bytes(source.url, result.data, None, content_type=result.content_type, url=source.url))

    def _stored_hash(self, doc_id: str) -> str | None:
        found = self.store.document(doc_id)
        return found[0].content_hash if found else None

    # -- state ---------------------------------------------------------------------------------

    def _state_for(self, source: Source) -> SourceState:
        state = self.states.load(source.name) or SourceState(name=source.name, url=source.url, kind=source.kind)
        if state.url != source.url or state.kind != source.kind:
            # a source pointed elsewhere starts afresh; its counters stay
            state.url, state.kind = source.url, source.kind
            state.etag = state.last_modified = state.content_hash = None
        return state

    def _succeeded(self, source: Source, state: SourceState, now: float, result: FetchResult,
                   body_hash: str | None) -> None:
        state.etag = result.etag
        state.last_modified = result.last_modified
        state.content_hash = body_hash
        state.last_success_at = iso_utc(now)
        state.consecutive_errors = 0
        state.next_poll_at = now + source.interval
        self.states.save(state)

    def _failed(self, source: Source, state: SourceState, now: float, reason: str) -> PollOutcome:
        state.errors += 1
        state.consecutive_errors += 1
        state.last_error = reason
        state.last_error_at = iso_utc(now)
        delay = backoff_delay(source, state.consecutive_errors)
        state.next_poll_at = now + delay
        self.states.save(state)
        log.warning("%s: %s (error %d in a row; next try in %ds)", source.name, reason,
                    state.consecutive_errors, round(delay))
        return PollOutcome(source.name, "error", error=reason)

    # -- the loop ------------------------------------------------------------------------------

    def next_due(self, source: Source) -> float:
        state = self.states.load(source.name)
        if state is None or state.next_poll_at is None or state.url != source.url:
            return 0.0
        return state.next_poll_at

    def run(
        self,
        sources: Iterable[Source],
        once: bool = False,
        force: bool = False,
        stop: threading.Event | None = None,
    ) -> list[PollOutcome]:
        """Poll due sources until stopped; with once, one round (force: every source, due or not)."""
        sources = list(sources)
        stop = stop or threading.Event()
        outcomes: list[PollOutcome] = []
        while not stop.is_set():
            now = self.clock()
            for source in sources:
                if stop.is_set():
                    break
                if force or self.next_due(source) <= now:
                    outcome = self.poll(source)
                    if once:
                        outcomes.append(outcome)
            if once:
                return outcomes
            wait = min(self.next_due(s) for s in sources) - self.clock()
            stop.wait(min(max(wait, 0.5), 60.0))
        return outcomes


def backoff_delay(source: Source, consecutive_errors: int) -> float:
    """Exponential: min(interval, 60s) doubling per error in a row, capped at max_backoff."""
    base = min(source.interval, FIRST_RETRY_S)
    cap = max(source.max_backoff, base)
    return min(base * 2 ** max(consecutive_errors - 1, 0), cap)
