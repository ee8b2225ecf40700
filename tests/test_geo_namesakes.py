"""Events in the right country (issue 12): namesakes abroad, names that only contain a country's
name, countries named as whose people or government, and records no sentence places.

Texts are our own; each test asserts what a reader of the story would say about where it is.
"""
from __future__ import annotations


from sitroom.extract.records import fill_focus_place
from sitroom.model import EventRecord



def sentences(nlp, text):
    return list(nlp(text).sents)


def test_a_name_the_text_puts_in_a_country_is_read_there_throughout(geo, nlp):
    # the gazetteer knows only the great city abroad; the text says the village is in Kenya
    text = ("Gunmen attacked Paris village in Kenya on Monday night.\n"
            "Families in Paris fled into the bush after the raid.\n"
            "Elders in Paris counted eleven dead.")
    ctx = geo.context_for(text)
    assert ctx.focus_cc == "KE"
    assert ctx.name_country.get("paris") == "KE"
    for sent in sentences(nlp, text)[1:]:
        place = geo.locate(sent, 0, ctx, use_last=False)
        assert place is not None and place.country == "Kenya", place


def test_two_countries_in_a_row_are_a_list_not_a_container(geo):
    ctx = geo.context_for("Officials from Russia, Ukraine and Turkey met on Friday.")
    assert "russia" not in ctx.name_country


def test_a_valley_named_after_a_country_is_not_the_country(geo, nlp):
    text = "Herders were driven from their tents in the Niger Valley, local chiefs in Mali said."
    ctx = geo.context_for(text)
    places = geo.find_places(sentences(nlp, text)[0], 0, ctx)
    niger = [p for p in places if p.text == "Niger"]
    assert niger and all(p.kind != "country" for p in niger), niger


def test_a_canal_is_part_of_its_name_not_a_place_of_its_own(geo, nlp):
    text = "Dock workers marched in Syracuse and along the Erie Canal on Tuesday."
    ctx = geo.context_for(text)
    places = geo.find_places(sentences(nlp, text)[0], 0, ctx)
    assert not [p for p in places if p.text == "Canal"], places


def test_a_list_of_capitals_is_not_a_city_in_a_province(geo):
    # "Baghdad" is also a province: after a comma, with a town of that name, it is the next city of a list
    ctx = geo.context_for("Protests spread to Kabul, Baghdad and Tehran on Friday.")
    assert "kabul" not in ctx.name_country
    assert geo.context_for("Gunmen raided Paris village in Kenya.").name_country.get("paris") == "KE"


def test_a_great_city_abroad_is_not_read_from_an_alternate_name(geo, nlp):
    # "Canton" is also an old name of Guangzhou: in a story about Syria it is no mention of China
    text = ("Syrian troops shelled Homs and Hama on Friday.\n"
            "Activists filmed a protest in Canton late in the evening.")
    ctx = geo.context_for(text)
    assert ctx.focus_cc == "SY"
    places = geo.find_places(sentences(nlp, text)[1], 0, ctx)
    assert all(p.country != "China" for p in places), places


def test_a_great_city_abroad_is_still_read_from_its_own_name(geo, nlp):
    text = ("Syrian troops shelled Homs and Hama on Friday.\n"
            "Exiles staged a protest in Istanbul on Saturday.")
    ctx = geo.context_for(text)
    place = geo.locate(sentences(nlp, text)[1], 0, ctx, use_last=False)
    assert place is not None and place.country == "Turkey", place


def test_a_country_before_soldiers_names_whose_they_are(geo, nlp):
    text = "Three U.S. soldiers died when a bomb hit their convoy."
    ctx = geo.context_for("Afghan police said the convoy was on the road to Kandahar. " + text)
    assert geo.locate(sentences(nlp, text)[0], 0, ctx, use_last=False) is None


def test_a_capital_made_to_act_is_a_government_not_a_place(geo, nlp):
    text = "The rebel advance forced Tehran to withdraw two brigades."
    ctx = geo.context_for(text)
    assert geo.locate(sentences(nlp, text)[0], 0, ctx, use_last=False) is None


def test_a_capital_where_something_is_sent_is_still_a_place(geo, nlp):
    text = "The rebels sent envoys to Tehran to negotiate."
    ctx = geo.context_for(text)
    place = geo.locate(sentences(nlp, text)[0], 0, ctx, use_last=False)
    assert place is not None and place.location == "Tehran", place


def test_a_name_inside_a_valley_named_after_a_country_is_anchored_by_it(geo, nlp):
    # the valley is no known place: the village the text puts in it is the event's place, flagged
    text = "Soldiers burned huts in the village of Tamsarou, in the Niger Valley, herders said."
    ctx = geo.context_for("Mali. " + text)
    place = geo.locate(sentences(nlp, text)[0], 0, ctx, use_last=False)
    assert place is not None and place.text == "Tamsarou" and not place.resolved, place
    assert place.within is not None and place.within.text == "Niger" and place.within.kind != "country"


def test_a_record_no_sentence_places_sits_in_the_documents_country(geo):
    ctx = geo.context_for("Riot police broke up a march in Lima and in Cusco, Peru.")
    place = geo.focus_place(ctx)
    assert place is not None and place.country == "Peru" and place.geo_precision == 3
    placed, unplaced = EventRecord(event_id="a", doc_id="d"), EventRecord(event_id="b", doc_id="d")
    placed.location, placed.country = "Cusco", "Peru"
    fill_focus_place([placed, unplaced], place)
    assert placed.location == "Cusco" and "place_from" not in placed.extra
    assert unplaced.country == "Peru" and unplaced.geo_precision == 3
    assert unplaced.extra["place_from"] == "document focus"
