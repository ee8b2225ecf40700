"""What `sitroom watch-status` prints: each source's last success, last error and counts."""
from __future__ import annotations

from typing import Any

from .sources import Source
from .state import SourceState, iso_utc


def status_rows(states: list[SourceState], sources: list[Source] | None = None) -> list[dict[str, Any]]:
    """One row per source: those in the sources file (in its order, never polled ones too), else all known."""
    by_name = {s.name: s for s in states}
    if sources is not None:
        picked = [by_name.get(src.name) or SourceState(name=src.name, url=src.url, kind=src.kind) for src in sources]
    else:
        picked = states
    rows = []
    for st in picked:
        rows.append({
            "name": st.name,
            "url": st.url,
            "kind": st.kind,
            "last_success": st.last_success_at,
            "last_change": st.last_change_at,
            "last_error": st.last_error,
            "last_error_at": st.last_error_at,
            "errors_in_a_row": st.consecutive_errors,
            "next_poll": iso_utc(st.next_poll_at) if st.next_poll_at else None,
            "polls": st.polls,
            "changes": st.changes,
            "not_modified": st.not_modified,
            "unchanged": st.unchanged,
            "errors": st.errors,
            "docs_saved": st.docs_saved,
            "docs_skipped": st.docs_skipped,
            "docs_failed": st.docs_failed,
            "events_added": st.events_added,
            "events_updated": st.events_updated,
            "events_removed": st.events_removed,
        })
    return rows


def format_status(rows: list[dict[str, Any]]) -> str:
    """A readable block per source; `never` where something has not happened yet."""
    if not rows:
        return "no sources polled yet"
    out = []
    for r in rows:
        error = "none"
        if r["last_error"]:
            error = f"{r['last_error_at']} {r['last_error']}"
            if r["errors_in_a_row"]:
                error += f" ({r['errors_in_a_row']} in a row)"
        out.append(
            f"{r['name']} [{r['kind']}] {r['url']}\n"
            f"  last success: {r['last_success'] or 'never'}   last change: {r['last_change'] or 'never'}"
            f"   next poll: {r['next_poll'] or 'now'}\n"
            f"  last error:   {error}\n"
            f"  polls {r['polls']}: {r['changes']} changed, {r['not_modified']} not modified (304), "
            f"{r['unchanged']} unchanged, {r['errors']} errors\n"
            f"  documents: {r['docs_saved']} saved, {r['docs_skipped']} skipped (already stored), "
            f"{r['docs_failed']} failed; events: {r['events_added']} added, {r['events_updated']} updated, "
            f"{r['events_removed']} removed"
        )
    return "\n".join(out)
