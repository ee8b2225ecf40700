"""A live page is dated by the day it opened. In a newest-first blog with no date lines the oldest
update, at the bottom, is on that day; the clock's jumps up the page past midnight move the
updates above it to the following days."""
from datetime import date

from sitroom.ingest.entries import split_entries
from sitroom.model import Document

PAGE = """Coast live: strikes on the harbour

02:05 GMT - Rescuers say the fire at the harbour is out.

23:50 GMT - A second strike hit the fuel jetty, port officials say.

21:30 GMT - Drones struck warehouses at the harbour of Velmora, killing two guards.

18:00 GMT - Welcome to our live coverage.
"""


def test_updates_below_midnight_keep_the_opening_day_and_those_above_move_on():
    doc = Document(doc_id="coast", text=PAGE, pub_date=date(2030, 7, 9))
    ups = [e for e in split_entries(doc) if e.kind == "update"]
    assert [e.entry_date for e in ups] == [date(2030, 7, 10), date(2030, 7, 9), date(2030, 7, 9),
                                           date(2030, 7, 9)]
