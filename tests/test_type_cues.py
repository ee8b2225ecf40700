"""Sub-event types that need a cue of their own (typing/cues.py, data/type_cues.yaml)."""
from sitroom.extract.typing.cues import require_cues, supported
from sitroom.extract.typing.rules import apply_precedence


def test_tear_gas_is_not_a_chemical_weapon():
    text = "Police fired tear gas at the crowd that gathered outside the Velmora town hall."
    assert not supported(text, "Chemical weapon")
    ranked = ["Chemical weapon", "Protest with intervention", "Peaceful protest"]
    assert require_cues(text, "Chemical weapon", ranked) == "Protest with intervention"


def test_a_named_agent_keeps_the_chemical_weapon():
    text = "Residents of Kassor choked after helicopters dropped barrels of chlorine on the old quarter."
    assert require_cues(text, "Chemical weapon", ["Chemical weapon", "Air/drone strike"]) == "Chemical weapon"


def test_a_death_toll_is_not_a_chemical_weapon():
    text = "Two brothers and their cousin were among the victims, bringing the toll in Ferrow to five."
    ranked = ["Chemical weapon", "Air/drone strike", "Attack"]
    assert require_cues(text, "Chemical weapon", ranked) == "Air/drone strike"


def test_weapons_taken_in_an_attack_are_not_disrupted_weapons_use():
    text = "The raiders carried off rifles and two mortars from the Brannik outpost before dawn."
    ranked = ["Disrupted weapons use", "Armed clash"]
    assert require_cues(text, "Disrupted weapons use", ranked) == "Armed clash"
    shrapnel = "A boy in Ulvetta was hurt by shrapnel from heavy weaponry."
    assert not supported(shrapnel, "Disrupted weapons use")


def test_interceptions_and_seized_caches_stay_disrupted_weapons_use():
    assert supported("Air defences intercepted four drones over Pelgrad on Sunday.", "Disrupted weapons use")
    assert supported("Border guards seized rifles and grenades hidden in a lorry near Osk.", "Disrupted weapons use")
    assert supported("Engineers defused a roadside device on the Tarmo road.", "Disrupted weapons use")


def test_an_attempt_or_a_state_of_control_is_no_territory_change():
    ranked = ["Non-state actor overtakes territory", "Armed clash"]
    attempt = "Militiamen attempting to recapture the Dorvel ridge clashed with soldiers all night."
    assert require_cues(attempt, "Non-state actor overtakes territory", ranked) == "Armed clash"
    static = "Shelling hit Mirnosk, a town under the control of the Blue Banner militia."
    assert not supported(static, "Non-state actor overtakes territory")
    taken = "Blue Banner fighters took control of Mirnosk after two days of fighting."
    assert require_cues(taken, "Non-state actor overtakes territory", ranked) == "Non-state actor overtakes territory"


def test_violence_told_outright_outranks_a_quiet_development():
    ranked = ["Change to group/activity", "Attack", "Armed clash"]
    text = "Gunmen attacked the Sarbo market on Friday and killed eleven traders."
    assert require_cues(text, "Change to group/activity", ranked) == "Attack"
    base = ["Headquarters or base established", "Armed clash"]
    fight = "Insurgents ambushed the patrol near the Tolvi crossing and killed four soldiers."
    assert require_cues(fight, "Headquarters or base established", base) == "Armed clash"


def test_displacement_is_not_outranked_by_the_violence_it_flees():
    fled = ["Other", "Attack"]
    text = "Hundreds left Kettu for the hills after raiders killed two herders there."
    assert require_cues(text, "Other", fled) == "Other"


def test_a_quiet_development_with_its_own_cue_stands():
    ranked = ["Change to group/activity", "Attack"]
    truce = "The Red Hand militia announced a truce after attacks on its camps near Sarbo."
    assert require_cues(truce, "Change to group/activity", ranked) == "Change to group/activity"
    camp = ["Headquarters or base established", "Attack"]
    text = "After the raid on Sarbo the militia set up a new base on the hill above the town."
    assert require_cues(text, "Headquarters or base established", camp) == "Headquarters or base established"




def test_the_codebook_rules_refine_the_supported_label():
    # the cue check replaces the unsupported pick; the protest rules then read the response
    text = "Riot police fired tear gas and water cannon to disperse the crowd in Velmora."
    label, _ = apply_precedence(text, "Chemical weapon", ["Chemical weapon", "Peaceful protest"])
    assert label == "Protest with intervention"


def test_a_raid_that_takes_nothing_is_no_looting():
    ranked = ["Looting/property destruction", "Arrests", "Attack"]
    raid = "Soldiers entered Kessel before dawn and searched several homes, then detained two brothers."
    assert require_cues(raid, "Looting/property destruction", ranked) == "Arrests"
    burned = "Gunmen set fire to the market stalls of Kessel after the traders fled."
    assert require_cues(burned, "Looting/property destruction", ranked) == "Looting/property destruction"


def test_an_advance_from_one_place_to_another_is_ground_gained():
    ranked = ["Government regains territory", "Armed clash"]
    text = "Army units advanced from Terno to the outskirts of Belsk overnight."
    assert require_cues(text, "Government regains territory", ranked) == "Government regains territory"


def test_ground_cleared_of_protesters_is_a_protest_broken_up():
    text = "Riot police retook control of Liberty Square late on Friday, pushing the protesters back to the river."
    assert apply_precedence(text, "Government regains territory")[0] == "Protest with intervention"
    war = "Government troops retook control of Liberty Square late on Friday, pushing the rebels back to the river."
    assert apply_precedence(war, "Government regains territory")[0] == "Government regains territory"


def test_a_killing_told_outright_is_never_replaced_by_no_conflict():
    # the classifier read a territory change, the sentence names no capture: the next label may be
    # anything violent, but not a non-conflict category, because fighters were killed
    text = "Last week's army operation in the hills saw the killing of six rebel fighters."
    ranked = ["Government regains territory", "Attribution of responsibility", "Armed clash"]
    assert require_cues(text, "Government regains territory", ranked) == "Armed clash"
    calm = "The army's operation in the hills is meant to keep the rebels from the road."
    assert require_cues(calm, "Government regains territory", ranked) == "Attribution of responsibility"
