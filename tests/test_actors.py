"""Actor names, types and roles as analysts read them in exported records."""
from __future__ import annotations

import pytest

from sitroom.extract.actors import ActorDictionary, extract_actors
from sitroom.extract.nlp import get_nlp


def actors(text: str, country: str | None, sub: str | None, etype: str | None, prefix: str = ""):
    """Parse `prefix + text` and read the actors of the sentence holding `text` (offset 0)."""
    doc = get_nlp()(prefix + text)
    sent = next(s for s in doc.sents if s.end_char > len(prefix))
    return doc.text, extract_actors(sent, 0, country, sub, etype)


def test_compound_air_strike_names_the_foreign_air_force_first_and_targets_civilians():
    _, a = actors("Russian-regime warplanes bombed a bakery in Saraqib, killing nine civilians.",
                  "Syria", "Air/drone strike", "Explosions/Remote violence")
    assert a.actor1 == "Military Forces of Russia (2000-)"
    assert a.assoc_actor_1 == "Military Forces of Syria (2000-)"
    assert a.inter1 == "8"  # state forces outside their own country
    assert a.actor2 == "Civilians (Syria)" and a.inter2 == "7"
    assert a.civilian_targeting == "Civilian targeting"


def test_passive_voice_puts_the_by_agent_first():
    _, a = actors("Four farmers were shot dead by regime forces near Hama on Friday.",
                  "Syria", "Attack", "Violence against civilians")
    assert a.actor1 == "Military Forces of Syria (2000-)" and a.inter1 == "1"
    assert a.actor2 == "Civilians (Syria)"


def test_evidence_spans_are_document_offsets():
    prefix = "UPDATE 0900 GMT: Quiet morning in the north.\n\n"
    text, a = actors("Turkish troops shelled a village held by the YPG near Afrin.",
                     "Syria", "Shelling/artillery/missile attack", "Explosions/Remote violence", prefix)
    assert a.actor1 == "Military Forces of Turkey (2002-)"
    for spans in a.mentions.values():
        for m in spans:
            assert text[m.start:m.end] == m.text
            assert m.start >= len(prefix)
    assert a.mentions["actor1"][0].text == "Turkish troops"


def test_named_victim_is_a_civilian_and_kurdish_police_are_asayish():
    _, a = actors("Kurdish police detained Ahmed Sheikho outside his home in Amuda.",
                  "Syria", "Arrests", "Strategic developments")
    assert a.actor1 == "Asayish (Kurdish Internal Security Forces)"
    assert a.actor2 == "Civilians (Syria)"


def test_group_attacking_foreign_soldiers():
    _, a = actors("ISIS fighters captured three Turkish soldiers south of Jarablus.",
                  "Syria", "Abduction/forced disappearance", "Violence against civilians")
    assert a.actor1 == "Islamic State" and a.inter1 == "2"
    assert a.actor2 == "Military Forces of Turkey (2002-)" and a.inter2 == "8"


def test_coalition_list_gives_primary_state_force_and_associates():
    _, a = actors("Syrian army units, Hezbollah and Iraqi militia, backed by Russian jets, "
                  "recaptured the town of Khan Touman.", "Syria", "Government regains territory", "Battles")
    assert a.actor1 == "Military Forces of Syria (2000-)"
    assoc = a.assoc_actor_1.split("; ")
    assert "Hezbollah" in assoc and "Iraqi Militia" in assoc
    assert "Military Forces of Russia (2000-)" in assoc


def test_clash_with_sides():
    _, a = actors("Somali troops clashed with al-Shabaab militants near Afgoye.",
                  "Somalia", "Armed clash", "Battles")
    assert a.actor1 == "Military Forces of Somalia (2000-)"
    assert a.actor2 == "Al-Shabaab" and a.inter2 == "2"


@pytest.mark.parametrize("spelling", ["Islamic State", "Daesh", "ISIL", "Islmaic State"])
def test_islamic_state_spellings(spelling):
    _, a = actors(f"{spelling} militants stormed a checkpoint of the Iraqi army west of Mosul.",
                  "Iraq", "Armed clash", "Battles")
    assert a.actor1 == "Islamic State"
    assert a.actor2.startswith("Military Forces of Iraq")


def test_lowercase_is_is_not_islamic_state():
    _, a = actors("The road is closed after gunmen killed a driver.", "Kenya", "Attack",
                  "Violence against civilians")
    assert a.actor1 == "Unidentified Armed Group (Kenya)"
    assert a.actor2 == "Civilians (Kenya)"


def test_unnamed_attacker_without_country():
    _, a = actors("A car bomb exploded outside a market, killing eleven people.", None,
                  "Remote explosive/landmine/IED", "Explosions/Remote violence")
    assert a.actor1 == "Unidentified Armed Group" and a.inter1 == "3"
    assert a.actor2 == "Civilians"


def test_journalist_victim_is_civilian_with_identity_as_associated_actor():
    _, a = actors("A journalist was kidnapped by masked gunmen in Benghazi.", "Libya",
                  "Abduction/forced disappearance", "Violence against civilians")
    assert a.actor2 == "Civilians (Libya)"
    assert a.assoc_actor_2 == "Journalists (Libya)"


def test_protest_with_intervention():
    _, a = actors("Thousands of demonstrators marched in Lagos before police dispersed them with tear gas.",
                  "Nigeria", "Protest with intervention", "Protests")
    assert a.actor1 == "Protesters (Nigeria)" and a.inter1 == "6"
    assert a.actor2 == "Police Forces of Nigeria (2023-)"


def test_source_subject_is_not_an_actor():
    _, a = actors("The Syrian army said its warplanes struck rebel positions in Daraa.", "Syria",
                  "Air/drone strike", "Explosions/Remote violence")
    assert a.actor2 == "Opposition Rebels (Syria)"
    assert all(m.text != "Syrian army" for m in a.mentions.get("actor2", []))


def test_dictionary_is_data_and_can_be_extended():
    d = ActorDictionary.load()
    d.data["groups"].append({"name": "Northern Lions Brigade", "inter": "2", "country": "Syria",
                             "patterns": ["Northern Lions"]})
    d2 = ActorDictionary(d.data)
    doc = get_nlp()("Northern Lions fighters attacked an army post near Azaz.")
    a = extract_actors(next(doc.sents), 0, "Syria", "Armed clash", "Battles", dictionary=d2)
    assert a.actor1 == "Northern Lions Brigade"
    assert a.actor2 == "Military Forces of Syria (2000-)"


def test_speaker_acting_through_a_pronoun_is_actor1():
    _, a = actors("The Nigerian army said its troops killed 14 insurgents near Dikwa.", "Nigeria",
                  "Armed clash", "Battles")
    assert a.actor1 == "Military Forces of Nigeria (2023-)"
    assert a.actor2 == "Opposition Rebels (Nigeria)"


def test_default_actors_are_marked_inferred():
    _, a = actors("A landmine exploded on the road to Palmyra.", "Syria",
                  "Remote explosive/landmine/IED", "Explosions/Remote violence")
    assert a.actor1 == "Unidentified Armed Group (Syria)"
    assert "actor1" in a.inferred and "actor1" not in a.mentions
    _, b = actors("Rebels shelled an army checkpoint near Hama.", "Syria",
                  "Shelling/artillery/missile attack", "Explosions/Remote violence")
    assert b.actor1 == "Opposition Rebels (Syria)" and "actor1" not in b.inferred


def test_event_verb_under_a_claim_gives_the_perpetrator():
    from sitroom.extract.nlp import get_nlp

    sent = list(get_nlp()("The coalition claims that Kurdish police kidnapped a council member.").sents)[0]
    actors = extract_actors(sent, 0, "Syria", "Abduction/forced disappearance", "Violence against civilians")
    assert actors.actor1.startswith("Asayish")


def test_unidentified_attackers_are_the_one_group_the_story_names_and_nobody_is_guessed_between_two():
    from sitroom.extract.actors import fill_unidentified_actors
    from sitroom.model import EventRecord

    def rec(actor1, inter1="2", event_type="Battles"):
        return EventRecord(event_id=actor1 or "x", doc_id="d", event_type=event_type, actor1=actor1, inter1=inter1)

    named = rec("Red Hand Brigade")
    later = rec("Unidentified Armed Group (Chad)", "3", "Violence against civilians")
    protest = rec("Protesters (Chad)", "6", "Protests")
    fill_unidentified_actors([named, later, protest])
    assert later.actor1 == "Red Hand Brigade" and "actor1" in later.extra["inferred_fields"]
    assert protest.actor1 == "Protesters (Chad)"

    other = rec("Blue Dawn Front")
    unknown = rec("Unidentified Armed Group (Chad)", "3")
    fill_unidentified_actors([rec("Red Hand Brigade"), other, unknown])
    assert unknown.actor1 == "Unidentified Armed Group (Chad)"


def test_excessive_force_is_the_protesters_event_with_the_force_second():
    _, a = actors("Riot police fired live rounds at students marching in Kisumu, killing two protesters.",
                  "Kenya", "Excessive force against protesters", "Protests")
    assert a.actor1 == "Protesters (Kenya)" and a.inter1 == "6"
    assert a.actor2 == "Police Forces of Kenya (2022-)"
    assert a.civilian_targeting == "Civilian targeting"


def test_the_clause_with_the_armed_subject_gives_the_attacker():
    _, a = actors("Three people died when a Russian rocket hit a bakery in Kupiansk, the governor said.",
                  "Ukraine", "Shelling/artillery/missile attack", "Explosions/Remote violence")
    assert a.actor1 == "Military Forces of Russia (2000-)"
    assert a.actor2 == "Civilians (Ukraine)"
    # the victims' own clause still works the other way round
    _, b = actors("Two policemen were killed when bandits ambushed their patrol near Gusau.",
                  "Nigeria", "Armed clash", "Battles")
    assert b.actor1 == "Unidentified Armed Group (Nigeria)"
    assert b.actor2.startswith("Police Forces of Nigeria")
    # a clause where the forces die is not the attacker's
    _, c = actors("Six soldiers were killed when their truck hit a mine laid by ISWAP, a week after "
                  "ten troops died in a similar blast.", "Nigeria", "Remote explosive/landmine/IED",
                  "Explosions/Remote violence")
    assert c.actor1.startswith("Islamic State West Africa Province")


def test_a_nationality_word_beats_the_army_word_after_it():
    _, a = actors("An Ethiopian army unit raided the market of Dolo and detained six traders.",
                  "Somalia", "Arrests", "Strategic developments")
    assert a.actor1 == "Military Forces of Ethiopia (2018-)"
    assert "Somalia" not in a.assoc_actor_1


def test_bare_army_of_a_story_about_foreign_forces_is_that_country():
    from datetime import date as _date

    from sitroom.extract.actors import resolve_bare_state_forces
    from sitroom.model import EventRecord

    text = ("Turkish troops pushed into the border villages overnight. Later the army detained two "
            "shepherds near Tal Abyad.")
    bare = EventRecord(doc_id="t", country="Syria", actor1="Military Forces of Syria (2000-)", inter1="1",
                       event_date=_date(2024, 3, 1).isoformat())
    bare.add_evidence("actor1", text, text.index("the army") + 4, text.index("the army") + 8)
    resolve_bare_state_forces([bare], text)
    assert bare.actor1 == "Military Forces of Turkey (2002-)" and bare.inter1 == "8"
    # both countries' forces named: the bare word stays with the local reading
    both = text + " Syrian soldiers withdrew."
    local = EventRecord(doc_id="u", country="Syria", actor1="Military Forces of Syria (2000-)", inter1="1")
    resolve_bare_state_forces([local], both)
    assert local.actor1 == "Military Forces of Syria (2000-)"


@pytest.mark.parametrize("text,country,name", [
    ("NPA guerrillas raided a police station in Samar on Sunday.", "Philippines", "New People's Army (NPA)"),
    ("ELN fighters blew up a pipeline near Saravena.", "Colombia", "National Liberation Army (ELN)"),
    ("PDF fighters ambushed a junta convoy outside Monywa.", "Myanmar", "People's Defence Force (PDF)"),
])
def test_named_armed_groups_outside_the_middle_east(text, country, name):
    _, a = actors(text, country, "Armed clash", "Battles")
    assert a.actor1 == name


def test_an_unclaimed_air_strike_is_the_air_power_the_story_names():
    from sitroom.extract.actors import attribute_unclaimed_strikes
    from sitroom.model import EventRecord

    text = ("Turkish drones have struck the area for a week. On Monday an air strike hit a farm near "
            "Derik, killing two shepherds.")
    strike = EventRecord(doc_id="s", country="Syria", sub_event_type="Air/drone strike",
                         actor1="Unidentified Armed Group (Syria)", inter1="3")
    attribute_unclaimed_strikes([strike], text)
    assert strike.actor1 == "Military Forces of Turkey (2002-)"
    assert "actor1" in strike.extra["inferred_fields"]
    # two air powers named: nothing is guessed
    two = EventRecord(doc_id="t", country="Syria", sub_event_type="Air/drone strike",
                      actor1="Unidentified Armed Group (Syria)", inter1="3")
    attribute_unclaimed_strikes([two], text + " Russian jets were also seen.")
    assert two.actor1 == "Unidentified Armed Group (Syria)"
    # shelling: the one foreign force named, unless an armed group is in the story too
    story = "Azerbaijani forces massed on the ridge. Shells hit a school in the valley at noon."
    shell = EventRecord(doc_id="v", country="Armenia", sub_event_type="Shelling/artillery/missile attack",
                        actor1="Unidentified Armed Group (Armenia)", inter1="3")
    attribute_unclaimed_strikes([shell], story)
    assert shell.actor1 == "Military Forces of Azerbaijan (2003-)"
    rebels = EventRecord(doc_id="v", country="Armenia", sub_event_type="Armed clash",
                         actor1="Red Hand Brigade", inter1="2")
    shell2 = EventRecord(doc_id="v", country="Armenia", sub_event_type="Shelling/artillery/missile attack",
                         actor1="Unidentified Armed Group (Armenia)", inter1="3")
    attribute_unclaimed_strikes([rebels, shell2], story)
    assert shell2.actor1 == "Unidentified Armed Group (Armenia)"


def test_civilians_who_riot_are_rioters():
    _, a = actors("Two herders were beaten to death by a crowd of villagers near Banswara.",
                  "India", "Mob violence", "Riots")
    assert a.actor1 == "Rioters (India)" and a.inter1 == "5"
    assert a.actor2 == "Civilians (India)"


def test_a_unit_named_through_of_takes_the_role_of_its_noun():
    _, a = actors("A mine was set off under a column of soldiers escorting fuel trucks near Boni.",
                  "Mali", "Remote explosive/landmine/IED", "Explosions/Remote violence")
    assert a.actor1 == "Unidentified Armed Group (Mali)"
    assert a.actor2 == "Military Forces of Mali (2021-)"


def test_an_insurgency_the_data_knows_names_its_unnamed_insurgents():
    _, a = actors("Insurgents beheaded three villagers near Mocimboa on Sunday.",
                  "Mozambique", "Attack", "Violence against civilians")
    assert a.actor1 == "Islamic State Mozambique Province"
    _, b = actors("Insurgents beheaded three villagers near the river on Sunday.",
                  "Niger", "Attack", "Violence against civilians")
    assert b.actor1 == "Opposition Rebels (Niger)"  # elsewhere the word stays generic


def test_killed_in_an_attack_named_by_nationality_gives_the_doer():
    _, a = actors("Three dockers were killed in a Russian missile attack on the port, officials said.",
                  "Ukraine", "Shelling/artillery/missile attack", "Explosions/Remote violence")
    assert a.actor1 == "Military Forces of Russia (2000-)"


def test_a_group_and_its_province_are_one_family_for_unnamed_attackers():
    from sitroom.extract.actors import fill_unidentified_actors
    from sitroom.model import EventRecord

    a = EventRecord(doc_id="f", event_type="Violence against civilians", actor1="Islamic State", inter1="2")
    b = EventRecord(doc_id="f", event_type="Battles", actor1="Islamic State Mozambique Province", inter1="2")
    c = EventRecord(doc_id="f", event_type="Violence against civilians",
                    actor1="Unidentified Armed Group (Mozambique)", inter1="3")
    fill_unidentified_actors([a, b, c])
    assert c.actor1 == "Islamic State Mozambique Province"


def test_excessive_force_without_protester_words_keeps_the_named_force_first():
    _, a = actors("Soldiers opened fire on a crowd at the water point, killing four.",
                  "Mali", "Excessive force against protesters", "Protests")
    assert a.actor1 == "Military Forces of Mali (2021-)"
    assert a.actor2 == "Protesters (Mali)"


def test_the_group_the_data_places_in_the_country_wins_a_shared_name():
    _, a = actors("Al-Shabaab fighters burned houses near Macomia on Friday.",
                  "Mozambique", "Attack", "Violence against civilians")
    assert a.actor1 == "Islamic State Mozambique Province"
    _, b = actors("Al-Shabaab fighters burned houses near Jowhar on Friday.",
                  "Somalia", "Attack", "Violence against civilians")
    assert b.actor1 == "Al-Shabaab"


def test_a_story_about_one_named_group_gives_its_unnamed_attacks_to_that_group():
    from sitroom.extract.actors import attribute_to_sole_named_group
    from sitroom.model import EventRecord

    text = ("ADF rebels killed nine farmers near Oicha on Friday, local officials said. On Saturday "
            "gunmen set fire to a health centre in a nearby village; a roadside bomb later hit a truck.")
    raid = EventRecord(doc_id="a", country="Democratic Republic of Congo", event_type="Violence against civilians",
                       sub_event_type="Attack", actor1="Unidentified Armed Group (Democratic Republic of Congo)")
    bomb = EventRecord(doc_id="a", country="Democratic Republic of Congo", event_type="Explosions/Remote violence",
                       sub_event_type="Remote explosive/landmine/IED", actor1="")
    jet = EventRecord(doc_id="a", country="Democratic Republic of Congo", event_type="Explosions/Remote violence",
                      sub_event_type="Air/drone strike", actor1="")
    army = EventRecord(doc_id="a", country="Democratic Republic of Congo", event_type="Battles",
                       sub_event_type="Armed clash", actor1="Military Forces of Democratic Republic of Congo (2019-)")
    attribute_to_sole_named_group([raid, bomb, jet, army], text)
    assert raid.actor1 == bomb.actor1 == "Allied Democratic Forces (ADF)"
    assert "actor1" in raid.extra["inferred_fields"]
    assert jet.actor1 == ""  # aircraft are not guessed to be a militia's
    assert army.actor1.startswith("Military Forces")  # a named first actor is kept
    # two armed groups in one story: nothing is guessed
    two = EventRecord(doc_id="b", country="Democratic Republic of Congo", event_type="Violence against civilians",
                      sub_event_type="Attack", actor1="Unidentified Armed Group (Democratic Republic of Congo)")
    attribute_to_sole_named_group([two], text + " CODECO militiamen were also active in Djugu.")
    assert two.actor1.startswith("Unidentified")
    # a group the data ties to another country does not count
    far = EventRecord(doc_id="c", country="Mali", event_type="Violence against civilians",
                      sub_event_type="Attack", actor1="Unidentified Armed Group (Mali)")
    attribute_to_sole_named_group([far], "Gunmen killed six traders near Gao. Police compared it to NPA raids.")
    assert far.actor1.startswith("Unidentified")


def test_arrest_by_no_named_force_is_the_police():
    _, a = actors("The opposition leader was arrested in the town of Gulu on Tuesday.",
                  "Uganda", "Arrests", "Strategic developments")
    assert a.actor1 == "Police Forces of Uganda (2000-)"
    _, b = actors("The student was detained and taken to a police station in Dhaka.",
                  "Bangladesh", "Arrests", "Strategic developments")
    assert b.actor1.startswith("Police Forces of Bangladesh") and not b.actor2.startswith("Police")


def test_subject_that_was_the_target_or_came_under_fire_is_the_victim():
    _, a = actors("The gendarmerie post at Kaya was the target of an attack on Monday.",
                  "Burkina Faso", "Armed clash", "Battles")
    assert a.actor1.startswith("Unidentified Armed Group") and a.actor2.startswith("Police Forces of Burkina Faso")
    _, b = actors("A Colombian army patrol came under fire in Cauca.", "Colombia", "Armed clash", "Battles")
    assert b.actor1.startswith("Unidentified Armed Group") and b.actor2.startswith("Military Forces of Colombia")


def test_violent_demonstrators_are_rioters():
    _, a = actors("Protesters hurled stones at riot police outside the parliament in Nairobi.",
                  "Kenya", "Violent demonstration", "Riots")
    assert a.actor1 == "Rioters (Kenya)" and a.actor2.startswith("Police Forces of Kenya")


def test_thugs_gangs_and_settlers_are_named_by_kind():
    _, a = actors("Thugs smashed ballot boxes at a polling unit in Kano.",
                  "Nigeria", "Looting/property destruction", "Strategic developments")
    assert a.actor1 == "Rioters (Nigeria)"
    _, b = actors("Gang members shot dead four residents in Cite Soleil.", "Haiti", "Attack",
                  "Violence against civilians")
    assert b.actor1 == "Unidentified Gang (Haiti)" and b.inter1 == "3"
    _, c = actors("Israeli settlers torched two cars in a village near Nablus.", "Palestine",
                  "Looting/property destruction", "Strategic developments")
    assert c.actor1 == "Settlers (Israel)" and c.inter1 == "4"


def test_a_country_that_strikes_is_its_military():
    _, a = actors("Turkey shelled three villages near Qamishli on Friday.", "Syria",
                  "Shelling/artillery/missile attack", "Explosions/Remote violence")
    assert a.actor1 == "Military Forces of Turkey (2002-)" and a.inter1 == "8"
    _, b = actors("Ukraine lost two soldiers near Avdiivka.", "Ukraine", "Armed clash", "Battles")
    assert b.actor1 != "Military Forces of Ukraine (2019-)"


def test_an_unclaimed_strike_in_a_story_whose_headline_names_the_striking_state():
    from sitroom.extract.actors import attribute_unclaimed_strikes
    from sitroom.model import EventRecord

    text = "Pakistan strikes hideouts across the border\n\nAn air strike killed six people in a village of Khost."
    strike = EventRecord(doc_id="k", country="Afghanistan", sub_event_type="Air/drone strike",
                         actor1="Unidentified Armed Group (Afghanistan)", inter1="3")
    attribute_unclaimed_strikes([strike], text)
    assert strike.actor1.startswith("Military Forces of Pakistan")


def test_the_group_that_claims_the_act_is_its_first_actor():
    _, a = actors("Al-Shabaab claimed responsibility for the bombing that killed nine people in Baidoa.",
                  "Somalia", "Remote explosive/landmine/IED", "Explosions/Remote violence")
    assert a.actor1 == "Al-Shabaab"
    _, b = actors("Gunmen stormed a checkpoint near Mopti; JNIM said it carried out the attack.",
                  "Mali", "Armed clash", "Battles")
    assert b.actor1.startswith("Jama'at Nusrat al-Islam")
    _, c = actors("Residents said gunmen killed three herders near Bauchi.", "Nigeria", "Attack",
                  "Violence against civilians")
    assert c.actor1 == "Unidentified Armed Group (Nigeria)"


def test_state_forces_by_their_own_names_and_a_coalition_that_carried_out_strikes():
    _, a = actors("The Tatmadaw shelled two villages in Magway.", "Myanmar",
                  "Shelling/artillery/missile attack", "Explosions/Remote violence")
    assert a.actor1 == "Military Forces of Myanmar (2021-)"
    _, b = actors("The ENDF clashed with Fano fighters near Bahir Dar.", "Ethiopia", "Armed clash", "Battles")
    assert b.actor1.startswith("Military Forces of Ethiopia") or b.actor2.startswith("Military Forces of Ethiopia")
    _, c = actors("The Saudi-led coalition carried out airstrikes on Saada.", "Yemen", "Air/drone strike",
                  "Explosions/Remote violence")
    assert c.actor1 == "Military Forces of Saudi Arabia (2015-)"


def test_personnel_and_servicemen_are_state_forces():
    _, a = actors("Insurgents killed six security personnel in Bijapur.", "India", "Armed clash", "Battles")
    assert a.actor2.startswith("Police Forces of India")
    _, b = actors("Gunmen killed three servicemen near Kupwara.", "India", "Armed clash", "Battles")
    assert b.actor2.startswith("Military Forces of India")


def test_excessive_force_at_a_named_rally_is_the_protesters_event():
    _, a = actors("Police fired live rounds at the rally outside the ministry, killing three.",
                  "Kenya", "Excessive force against protesters", "Protests")
    assert a.actor1 == "Protesters (Kenya)"
    assert a.actor2 is not None and "Police" in a.actor2
