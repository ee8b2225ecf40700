"""Source attribution: who a claim is credited to, hedging, and references back."""
from __future__ import annotations

from sitroom.extract.nlp import get_nlp
from sitroom.extract.sources import canonical_source, find_attribution


def attributions(text: str):
    doc = get_nlp()(text)
    out, prev = [], None
    for s in doc.sents:
        a = find_attribution(s, 0, prev)
        if a.sources:
            prev = a
        out.append(a)
    return doc.text, out


def names(a):
    return [m.name for m in a.sources]


def test_descriptor_dropped_and_known_name_canonical():
    text, (a,) = attributions("The White Helmets rescue service says shelling killed four children in Ariha.")
    assert names(a) == ["White Helmets"]
    m = a.sources[0]
    assert text[m.start:m.end] == m.text and "White Helmets" in m.text
    assert not a.hedged


def test_according_to_and_abbreviation():
    _, (a,) = attributions("Seven fighters died in the clashes, according to the SOHR.")
    assert names(a) == ["Syrian Observatory for Human Rights (SOHR)"]


def test_outlet_opening_keeps_name_as_written():
    _, (a,) = attributions("Kashmir Daily Bulletin reported that on 4 May 2014, a shrine was looted.")
    assert names(a) == ["Kashmir Daily Bulletin"]


def test_several_outlets():
    _, (a,) = attributions("Agence France Presse and the Baltic Courier reported on 2 June 2015 that a church burned.")
    assert names(a) == ["Agence France-Presse (AFP)", "Baltic Courier"]


def test_anonymous_sources_are_tidied():
    _, (a,) = attributions("A local source said regime troops entered the village at dawn.")
    assert names(a) == ["Local source"]
    _, (b,) = attributions("Witnesses said the convoy was hit twice.")
    assert names(b) == ["Witnesses"]


def test_statement_refers_back_to_previous_source():
    _, (a, b) = attributions("Human Rights Watch documented 14 cases of torture in Raqqa. "
                             "The report said most victims were teenagers.")
    assert names(a) == ["Human Rights Watch (HRW)"]
    assert names(b) == ["Human Rights Watch (HRW)"]


def test_no_previous_means_no_source():
    doc = get_nlp()("The statement said that the bridge had been destroyed.")
    assert find_attribution(next(doc.sents), 0, None).sources == []


def test_hedging_span():
    text, (a,) = attributions("Government troops reportedly executed six prisoners near Kidal.")
    assert a.hedged and a.hedge_text == "reportedly"
    assert text[a.hedge_start:a.hedge_end] == "reportedly"
    _, (b,) = attributions("The rebels claimed they downed a helicopter over Idlib.")
    assert b.hedged and names(b) == ["Rebels"]


def test_heading_before_colon_is_not_a_source():
    _, (a,) = attributions("UPDATE 1630 GMT: The Local Coordination Committees documented 30 deaths today.")
    assert names(a) == ["Local Coordination Committees (LCC)"]


def test_offsets_are_document_offsets():
    doc = get_nlp()("Opening words here.\n\nReuters said two rockets hit Erbil airport.")
    sent = list(doc.sents)[-1]
    a = find_attribution(sent, 100, None)
    assert names(a) == ["Reuters"]
    assert doc.text[a.sources[0].start - 100: a.sources[0].end - 100] == "Reuters"


def test_canonical_source_keeps_unknown_outlets():
    assert canonical_source("the Daily Star") == "Daily Star"
    assert canonical_source("BBC Monitoring Middle East") == "BBC Monitoring Middle East"
    assert canonical_source("Reuters News") == "Reuters"


def test_administration_that_said_is_the_source():
    from sitroom.extract.nlp import get_nlp
    from sitroom.extract.sources import find_attribution
    sent = next(get_nlp()("Rockets hit the depot overnight, the district administration said.").sents)
    assert [s.name.lower() for s in find_attribution(sent, 0, None).sources] == ["district administration"]


def test_a_record_citing_no_one_is_told_on_the_dateline_agency():
    from datetime import date as _date

    from sitroom.extract.pipeline import extract_document
    from sitroom.extract.sources import dateline_agency
    from sitroom.model import Document

    text = "KADUNA, Nigeria (Wirepress) — Bandits killed seven villagers in Kajuru on Monday."
    assert dateline_agency(text)[0] == "Wirepress"
    assert dateline_agency("Bandits killed seven villagers (local time) - police.") is None
    _, records = extract_document(Document(doc_id="s", text=text, pub_date=_date(2024, 6, 4)))
    assert records and all("Wirepress" in r.source for r in records)
    cited = "KADUNA, Nigeria (Wirepress) — Bandits killed seven villagers in Kajuru on Monday, police said."
    _, records = extract_document(Document(doc_id="c", text=cited, pub_date=_date(2024, 6, 4)))
    # the cited source first, the wire that published the story after it (the record contract)
    assert records and all(r.source.split("; ")[-1] == "Wirepress" and r.source.startswith("Police")
                           and r.attribution["sources"] == ["Police"] for r in records)


def _sources_of(text: str) -> list[list[str]]:
    """Each sentence's sources, each sentence inheriting the one before as the pipeline does."""
    out, prev = [], None
    for sent in get_nlp()(text).sents:
        att = find_attribution(sent, 0, prev)
        if att.sources:
            prev = att
        out.append([s.name for s in att.sources])
    return out


def test_a_document_is_told_on_whoever_issued_it():
    assert _sources_of("Two bridges were retaken, said a statement by the Joint Operations Command.") \
        == [["Joint Operations Command"]]
    assert _sources_of("Gunmen burned a clinic, according to a report on Coast Radio.") == [["Coast Radio"]]



def test_an_ngo_statement_is_told_on_its_issuer():
    """A UN or NGO update states its events on its own authority: the issuer named in its opening is
    the source of records that cite no one, and "according to the NGO" means that issuer."""
    from datetime import date as _date

    from sitroom.extract.pipeline import extract_document
    from sitroom.extract.sources import document_issuer
    from sitroom.model import Document

    text = ("Flash update from UNHCR on the Lake region\n\n"
            "Gunmen burned a shelter site near Kolomba on 3 May, killing five displaced people.")
    assert document_issuer(text)[0] == "UN High Commissioner for Refugees (UNHCR)"
    _, records = extract_document(Document(doc_id="n", text=text, pub_date=_date(2024, 5, 6)))
    assert records and all("UNHCR" in r.source for r in records)
    anaphor = ("Amnesty International published a new report on Tuesday about the north.\n\n"
               "According to the NGO, soldiers shot dead four farmers in Marali on 2 May.")
    _, records = extract_document(Document(doc_id="a", text=anaphor, pub_date=_date(2024, 5, 8)))
    assert records and all("Amnesty International" in r.source and "NGO" not in r.source.split("; ")
                           for r in records)
    # an acronym matches only as written: the verb "echo" is no organisation
    assert document_issuer("Residents echo the fear that the raid on Dabo will not be the last.") is None


def test_an_outlets_own_reporter_is_the_outlet():
    _, (a,) = attributions("In Sirte an AFP correspondent counted six bodies at the morgue after the shelling.")
    assert names(a) == ["Agence France-Presse (AFP)"]
    _, (b,) = attributions("Shelling hit the port overnight, a Reuters reporter said.")
    assert names(b) == ["Reuters"]


def test_a_release_dateline_place_is_no_source_and_its_figures_are_the_issuer():
    from datetime import date as _date

    from sitroom.extract.pipeline import extract_document
    from sitroom.model import Document

    text = ("Amnesty International\n\n(Goma) – Militiamen killed nine farmers in Kitchanga on 4 March, "
            "Amnesty International said today.\n\nCasualty figures show that 30 civilians were killed in "
            "Masisi in February.")
    _, records = extract_document(Document(doc_id="g", text=text, pub_date=_date(2024, 3, 7)))
    assert records
    for r in records:
        parts = r.source.split("; ")
        assert "Goma" not in parts and "Casualty figures" not in parts
        assert "Amnesty International" in r.source


def test_hard_wrapped_line_does_not_cut_subject_from_verb():
    _, (a,) = attributions("Fighters overran the border post after two days\nof shelling, a commander of the\n"
                           "Arakan Army told reporters on Friday.")
    assert any("Arakan Army" in n for n in names(a))


def test_finished_line_still_separates_subject_and_verb():
    doc = get_nlp()("Residents.\nsaid the market burned")
    from sitroom.extract.sources import _crosses_boundary
    first, verb = doc[0], [t for t in doc if t.lower_ == "said"][0]
    assert _crosses_boundary(first, verb)


def test_speaker_gives_the_organisation_it_speaks_for():
    _, (a,) = attributions("Two police stations were burned, a spokesman for the Ambazonia Defence Forces said.")
    assert any("Ambazonia Defence Forces" in n for n in names(a))
    _, (b,) = attributions("Nine soldiers died, a source with the Malian army told us.")
    assert any("Malian army" in n for n in names(b))


def test_media_outlet_named_after_a_participle():
    _, (a,) = attributions("Troops set fire to the market, according to a video posted on Telegram.")
    assert names(a) == ["Telegram"]
    _, (b,) = attributions("Police fired rubber bullets at the crowd, footage aired on Channel Four showed.")
    assert any("Channel Four" in n for n in names(b))
    _, (c,) = attributions("Rebels shelled the camp, a statement published by the Kivu Security Tracker said.")
    assert any("Kivu Security Tracker" in n for n in names(c))


def test_the_body_whose_figures_or_records_show_it():
    _, (a,) = attributions("Health ministry figures show 40 people died in the strikes on Khan Younis.")
    assert names(a) == ["Health ministry"]
    _, (b,) = attributions("The death toll rose to 12 on Sunday.")
    assert names(b) == []


def test_citing_and_speaking_to_name_more_sources():
    _, (a,) = attributions("The toll rose to 15, Dawn reported, citing hospital officials.")
    assert names(a) == ["Dawn", "Hospital officials"]
    _, (b,) = attributions("Speaking to Radio Dabanga, a farmer said militiamen burned the village.")
    assert "Radio Dabanga" in names(b)


def test_passive_reporter_per_and_a_bodys_wing():
    _, (a,) = attributions("Nine villagers were killed, as reported by Radio Ndeke Luka.")
    assert names(a) == ["Radio Ndeke Luka"]
    _, (b,) = attributions("Twenty were hurt in the blast, per the provincial health department.")
    assert names(b) and "health department" in names(b)[0].lower()
    _, (c,) = attributions("Three soldiers died in the ambush, the Nigerian army's media wing said.")
    assert names(c) and "media wing" in names(c)[0]
    _, (d,) = attributions("The bombing was claimed by the Islamic State.")
    assert names(d) == []  # the claimant is the event's actor, not its reporter


def test_a_body_named_only_by_its_common_noun_is_still_a_source():
    _, (a,) = attributions("Gunmen burned a clinic in Djibo, the ministry said.")
    assert names(a) == ["Ministry"]
    _, (_, b) = attributions("The Interior Ministry said two died. Four more were hurt, the ministry said.")
    assert names(b) == ["Interior Ministry"]
    _, (c,) = attributions("Five people died, the report said.")
    assert names(c) == []


def test_outlet_in_brackets_without_a_place_or_a_dash():
    from sitroom.extract.sources import dateline_agency
    assert dateline_agency("(CNN) — Gunmen killed three people in Kano.")[0] == "CNN"
    assert dateline_agency("Goma, Congo (Reuters)Rebels shelled the airport.")[0] == "Reuters"
    assert dateline_agency("(Juba) – The rights group said soldiers burned homes.") is None
