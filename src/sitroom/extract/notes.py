"""A one-sentence ACLED-style summary of a record, generated from its fields (never free text)."""
from __future__ import annotations

from datetime import date

from sitroom.model import EventRecord

_WHAT = {
    "Air/drone strike": "air strikes",
    "Shelling/artillery/missile attack": "shelling",
    "Chemical weapon": "a chemical weapon attack",
    "Suicide bomb": "a suicide bombing",
    "Remote explosive/landmine/IED": "an explosive device",
    "Grenade": "a grenade attack",
    "Armed clash": "armed clashes",
    "Government regains territory": "government forces regaining territory",
    "Non-state actor overtakes territory": "a non-state group taking territory",
    "Attack": "an attack",
    "Abduction/forced disappearance": "an abduction",
    "Sexual violence": "sexual violence",
    "Peaceful protest": "a peaceful protest",
    "Protest with intervention": "a protest met with intervention",
    "Excessive force against protesters": "excessive force against protesters",
    "Violent demonstration": "a violent demonstration",
    "Mob violence": "mob violence",
    "Arrests": "arrests",
    "Looting/property destruction": "property destruction",
    "Non-violent transfer of territory": "a non-violent transfer of territory",
    "Headquarters or base established": "a base being established",
    "Agreement": "an agreement",
    "Change to group/activity": "a change in group activity",
    "Disrupted weapons use": "disrupted weapons use",
    "Other": "a strategic development",
}


def _day(iso: str | None) -> str:
    if not iso:
        return "On an unknown date"
    d = date.fromisoformat(iso)
    return f"On {d.day} {d.strftime('%B %Y')}"


def generate_notes(record: EventRecord) -> str:
    """E.g. 'On 29 November 2016, air strikes by Military Forces of Russia (2000-) in Aleppo - Bab
    al-Nayrab (Syria) killed 25 and injured 12, according to White Helmets.'"""
    if record.report_kind == "aggregate":
        lead = "Tally reported"
        if record.date_start and record.date_end and record.date_start != record.date_end:
            lead += f" for {record.date_start} to {record.date_end}"
        elif record.event_date:
            lead += f" for {record.event_date}"
    else:
        lead = _day(record.event_date)
    what = _WHAT.get(record.sub_event_type, (record.sub_event_type or "an event").lower())
    parts = [f"{lead}, {what}"]
    if record.sub_event_type == "Excessive force against protesters" and record.actor2:
        # actor1 is the protesters (ACLED), the force that used it is actor2
        parts = [f"{lead}, excessive force by {record.actor2} against {record.actor1 or 'protesters'}"]
    elif record.actor1:
        parts.append(f" by {record.actor1}")
    if record.actor2 and record.sub_event_type != "Excessive force against protesters":
        parts.append(f" against {record.actor2}")
    if record.location:
        where = record.location + (f" ({record.country})" if record.country else "")
        parts.append(f" in {where}")
    outcomes = []
    for category in ("killed", "injured", "abducted", "detained", "displaced", "evacuated"):
        rng = record.counts.get(category)
        if rng is None:
            continue
        low, high = rng.low, rng.high
        if low is not None and high is not None and high != low:
            figure = f"{low}-{high}"
        else:
            figure = str(low if low is not None else rng.best)
        outcomes.append(f"{figure} {category}")
    if outcomes:
        parts.append(", with " + ", ".join(outcomes))
    sources = record.attribution.get("sources") or []
    if sources:
        verb = "as claimed by" if record.attribution.get("hedged") else "according to"
        parts.append(f", {verb} {', '.join(sources)}")
    # values read but not used say so, so a reader of the record sees why a field is empty
    unused = "".join(f" Not used: {note}." for note in record.extra.get("value_notes", []))
    return "".join(parts) + "." + unused
