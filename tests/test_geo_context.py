"""Document context in geocoding (issue 12): the dateline, one sense per discourse, named countries.

Texts are our own; each test asserts what a reader of the story would say about where it is.
"""
from __future__ import annotations

import pytest

from sitroom.resolve.geocode import Geocoder
from sitroom.resolve.places_cli import place_rows


@pytest.fixture(scope="module")
def geo():
    return Geocoder.default()


def rows(geo, text):
    return list(place_rows("d", text, geo))


def by_text(rs, text):
    return [r for r in rs if r["text"] == text]


def test_dateline_region_decides_the_document_country(geo):
    text = ("LONDON, Ontario (CP) — A fire gutted a warehouse overnight.\n"
            "Crews in London worked until dawn, the fire chief said.")
    assert geo.context_for(text).focus_cc == "CA"


def test_one_sense_per_discourse_follows_the_dateline(geo):
    text = ("PORTLAND, Maine (AP) — Two fishing boats sank in a storm on Tuesday.\n"
            "Harbour officials in Portland said the crews were rescued.\n"
            "Portland has seen three such storms this winter.")
    rs = rows(geo, text)
    lons = {round(r["longitude"]) for r in rs if r["text"].lower() == "portland"}
    assert lons == {-70}, rs  # Maine's Portland every time, never Oregon's


def test_a_name_with_its_own_container_keeps_it(geo):
    text = ("PORTLAND, Maine (AP) — A storm hit the coast on Tuesday.\n"
            "A second storm reached Portland, Oregon, on Wednesday.")
    rs = rows(geo, text)
    pts = sorted(round(r["longitude"]) for r in rs if r["text"].lower() == "portland")
    assert pts == [-123, -70], rs


def test_a_direction_moves_the_event_point_not_the_toponym(geo):
    text = "Floods swept through villages in northern Mali on Sunday."
    [row] = [r for r in rows(geo, text) if r["text"] == "Mali"]
    mali = geo.gaz.country("ML")
    assert (row["latitude"], row["longitude"]) == (round(mali.lat, 5), round(mali.lon, 5))
    place = geo.locate(text, 0, geo.context_for(text))
    assert place.note == "direction:north" and place.latitude > mali.lat  # the event: Mali's north


def test_a_country_the_text_names_supports_its_cities(geo):
    text = ("Farmers in Iowa and Nebraska lost crops to hail this week.\n"
            "Their cooperative also sells wheat to France, and its agent in Paris said prices fell.")
    [row] = by_text(rows(geo, text), "Paris")
    assert row["country"] == "France", row


def test_nationality_and_continent_adjectives_are_mentions_of_their_area(geo):
    text = "Swedish and South African engineers joined a European team."
    rs = rows(geo, text)
    got = {r["text"]: (r["feature"], r["name"]) for r in rs}
    assert got["Swedish"] == ("country", "Sweden")
    assert got["South African"][0] == "country" and "African" not in got  # the longer adjective wins
    assert got["European"] == ("continent", "Europe")
    assert all(r["flag"] == "demonym" for r in rs)


def test_an_adjective_inside_a_country_name_is_not_a_second_mention(geo):
    rs = rows(geo, "Aid reached the Central African Republic on Monday.")
    assert [r["feature"] for r in rs] == ["country"] and rs[0]["flag"] != "demonym"


def test_a_country_name_written_across_of_is_matched_whole(geo):
    rs = rows(geo, "Rebels advanced in the east of the Democratic Republic of Congo on Monday.")
    assert [(r["text"], r["country"]) for r in rs] == [("Democratic Republic of Congo", "Democratic Republic of Congo")]
    assert geo.context_for("Troops of the Republic of the Congo crossed the river.").focus_cc == "CG"


def test_records_carry_country_names_written_out(geo):
    place = geo.locate("Clashes broke out in Bangui, Central African Republic, on Friday.", 0)
    assert place.country == "Central African Republic"
    [row] = rows(geo, "Aid convoys reached South Sudan.")
    assert row["name"] == row["country"] == "South Sudan"


def test_a_bare_area_name_repeated_sets_the_country(geo):
    text = ("Cattle raiders attacked herders in Jonglei on Monday.\n"
            "Officials in Jonglei said the raiders came from the east. Jonglei has seen such raids before.")
    assert geo.context_for(text).focus_cc == "SS"


# --- namesakes decided by document context (geo12) ---------------------------------------------

def test_a_bare_state_name_is_the_state_not_a_small_town_of_that_name(geo):
    text = ("The Harmons sold their dairy farm in Indiana last spring.\n"
            "They now raise goats on rented land outside Boise, Idaho.")
    [row] = [r for r in rows(geo, text) if r["text"] == "Indiana"]
    assert row["feature"] == "admin1", row  # not the Pennsylvania town of Indiana


def test_the_container_is_read_to_hold_the_place_in_it(geo):
    text = "The firm moved its head office to Atlanta, Georgia, after the merger."
    rs = rows(geo, text)
    [ga] = by_text(rs, "Georgia")
    [atl] = by_text(rs, "Atlanta")
    assert ga["country"] == "United States of America" and ga["feature"] == "admin1", rs
    assert round(atl["longitude"]) == -84, rs


def test_a_list_of_cities_is_not_a_hierarchy(geo):
    text = "Rents rose fastest in Toronto, Vancouver and Montreal this year."
    rs = rows(geo, text)
    [tor] = by_text(rs, "Toronto")
    assert tor["flag"] == "gazetteer" and round(tor["longitude"]) == -79, rs


def test_outer_container_is_read_before_the_place_it_holds(geo):
    text = "She opened a bakery on the square in Paris, Texas, where she grew up."
    [paris] = [r for r in rows(geo, text) if r["text"] == "Paris"]
    assert paris["country"] == "United States of America" and round(paris["longitude"]) == -96, paris


def test_a_country_is_never_inside_the_next_name(geo):
    text = "Talks on gas prices in Russia, U.S. officials said, will resume in the spring."
    [row] = [r for r in rows(geo, text) if r["text"] == "Russia"]
    assert row["feature"] == "country" and row["country"] == "Russia", row


def test_namesakes_that_lie_together_decide_the_country(geo):
    # each name alone has a bigger namesake abroad; together they lie in one English county
    text = ("A man from Colchester was charged with burglary on Tuesday.\n"
            "He was arrested at a flat in Braintree and will appear before magistrates in Chelmsford.")
    assert geo.context_for(text).focus_cc == "GB"


def test_a_name_read_as_a_place_once_is_read_so_again(geo):
    # the first mention ("Danfield Fire Department") has no place cue; the later "in Danbury" settles it
    text = ("Danbury Fire Department crews were called to a barn on Sunday.\n"
            "Nobody was hurt, a captain said. The barn stood on a hill in Danbury, Connecticut.")
    rs = [r for r in rows(geo, text) if r["text"] == "Danbury"]
    assert len(rs) == 2 and {r["country"] for r in rs} == {"United States of America"}, rs


def test_a_town_before_a_resident_noun_is_a_place(geo):
    text = "Police in Connecticut said a Torrington woman was driving the car when it left the road."
    [row] = [r for r in rows(geo, text) if r["text"] == "Torrington"]
    assert row["latitude"] is not None, row


def test_an_all_caps_dateline_town_is_a_mention(geo):
    text = "BRATISLAVA — The parliament approved the budget late on Thursday."
    [row] = [r for r in rows(geo, text) if r["text"] == "BRATISLAVA"]
    assert row["country"] == "Slovakia", row


def test_a_premier_or_governor_reads_the_province_not_its_capital(geo):
    text = ("Ferry fares will rise in March, the Quebec government said.\n"
            "Opposition members in Montreal called the rise unfair.")
    [row] = [r for r in rows(geo, text) if r["text"] == "Quebec"]
    assert row["feature"] == "admin1", row


def test_the_dateline_region_settles_the_towns_later_mentions(geo):
    # "Glasgow" alone would be the Scottish city; the dateline says Kentucky for the whole story
    text = ("GLASGOW, Ky. (WXYZ) — A barn burned down on Sunday night.\n"
            "Firefighters from Glasgow worked through the night. Glasgow has two fire stations.")
    rs = [r for r in rows(geo, text) if r["text"].lower() == "glasgow"]
    assert rs and {r["country"] for r in rs} == {"United States of America"}, rs


def test_a_residence_after_name_and_age_is_a_place(geo):
    text = "Deputies arrested Carl Brandt, 52, of Waterloo, Iowa, on Monday."
    [row] = [r for r in rows(geo, text) if r["text"] == "Waterloo"]
    assert round(row["longitude"]) == -92, row  # Iowa's Waterloo


def test_a_service_named_after_its_home_is_a_mention_of_the_home(geo):
    text = ("The Glasgow Police Department said the driver was not hurt.\n"
            "The crash happened on a bridge in Glasgow, Kentucky.")
    rs = [r for r in rows(geo, text) if r["text"] == "Glasgow"]
    assert len(rs) == 2 and {r["country"] for r in rs} == {"United States of America"}, rs


def test_a_local_service_word_after_a_name_makes_it_a_place(geo):
    text = ("A teenager from Torrington, Connecticut, was hurt in a crash on Route 8.\n"
            "Danbury police said the other driver fled on foot.")
    [row] = [r for r in rows(geo, text) if r["text"] == "Danbury"]
    assert row["country"] == "United States of America" and row["latitude"] is not None, row


def test_a_continent_in_the_possessive_is_a_mention(geo):
    text = "Poland is Europe’s fastest-growing economy, the report said."
    assert [r["feature"] for r in rows(geo, text) if r["text"] == "Europe"] == ["continent"]
